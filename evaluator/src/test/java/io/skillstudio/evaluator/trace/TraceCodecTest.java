package io.skillstudio.evaluator.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillstudio.evaluator.aggregate.AggregationPolicy;
import io.skillstudio.evaluator.aggregate.Aggregator;
import io.skillstudio.evaluator.aggregate.ItemScore;
import io.skillstudio.evaluator.aggregate.ItemSeverity;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.Outcome;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceCodecTest {

    static Provenance provenance() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("tieMargin", 0.05);
        settings.put("threads", 2);
        return new Provenance("demo", "1.0.0", "abc123", "0.1.0", "pointwise", "demo.checklist", "explicit", null, settings);
    }

    static Trace everyEventType() {
        var items = List.of(
                ItemScore.scored("a", "rubrics/x.yaml", ItemSeverity.CRITICAL, 2, "fake.contains", Outcome.PASS, 1, "found"),
                ItemScore.unscored("j", "rubrics/x.yaml", ItemSeverity.MINOR, 1, null,
                        Score.unscored(UnscoredReason.JUDGE_UNAVAILABLE, "no judge")));
        var breakdown = Aggregator.aggregate(AggregationPolicy.DEFAULT, items);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("text", "hello");
        params.put("min", 3);
        List<TraceEvent> events = List.of(
                new TraceEvents.RunStarted("e1", "2026-01-01T00:00:00Z", 0.0, "s1", "pointwise", 1, 2),
                new TraceEvents.ResourceViewed("e2", "2026-01-01T00:00:00Z", 0.1, "demo.checklist", "rubrics/x.yaml", 2),
                new TraceEvents.VerifierRun("e3", "2026-01-01T00:00:00Z", 0.25, 0, "a", "fake.contains", params,
                        Outcome.PASS, 1.0, "found", List.of(new EvidenceSpan(3, 8, "match"))),
                new TraceEvents.Error("e4", "2026-01-01T00:00:00Z", 0.0, 0, "j", UnscoredReason.JUDGE_UNAVAILABLE, "no judge"),
                new TraceEvents.Aggregation("e5", "2026-01-01T00:00:00Z", 0.01, 0, breakdown),
                new TraceEvents.FinalResult("e6", "2026-01-01T00:00:00Z", 0.5, Decision.score(1.0), List.of(Score.scored(1.0))));
        return Trace.of("s1", provenance(), events);
    }

    @Test
    void roundTripsEveryEventTypeThroughJsonl() throws IOException {
        Trace trace = everyEventType();
        Trace unscored = Trace.of("s2", provenance(), List.of(new TraceEvents.FinalResult("e1", "t", 0,
                Decision.unscored(UnscoredReason.INVALID_INPUT, "no response"), List.of()),
                new TraceEvents.FinalResult("e2", "t", 0, Decision.verdict("Tie"), List.of(Score.scored(0.5), Score.scored(0.5))),
                new TraceEvents.FinalResult("e3", "t", 0, Decision.best(2), List.of())));
        StringWriter out = new StringWriter();

        TraceCodec.write(List.of(trace, unscored), out);
        List<Trace> back = TraceCodec.read(new StringReader(out.toString()));

        assertThat(out.toString().lines()).hasSize(2);
        assertThat(back).containsExactly(trace, unscored);
    }

    @Test
    void writesVersionFirstAndTheEventDiscriminatorFirstInEachEvent() {
        String line = TraceCodec.toLine(everyEventType());

        assertThat(line).startsWith("{\"version\":1,\"sampleId\":\"s1\",\"provenance\":{\"skillName\":\"demo\"");
        assertThat(line).contains("{\"event\":\"run_started\",\"id\":\"e1\",\"timestamp\":");
        assertThat(line).contains("{\"event\":\"verifier_run\",\"id\":\"e3\"");
        assertThat(line).contains("\"params\":{\"text\":\"hello\",\"min\":3}");
        assertThat(line).contains("\"reason\":\"judge_unavailable\"");
    }

    @Test
    void refusesUnknownVersionsAndMalformedLines() {
        assertThatThrownBy(() -> TraceCodec.fromLine("{\"version\":2,\"sampleId\":\"s\",\"events\":[]}"))
                .isInstanceOf(IOException.class).hasMessageContaining("unsupported trace version 2");
        assertThatThrownBy(() -> TraceCodec.fromLine("[1]")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> TraceCodec.fromLine("{\"version\":1,")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> TraceCodec.fromLine(
                "{\"version\":1,\"sampleId\":\"s\",\"provenance\":null,\"events\":[{\"event\":\"teleport\",\"id\":\"e1\"}]}"))
                .isInstanceOf(IOException.class);
    }
}

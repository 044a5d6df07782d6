package io.skillstudio.evaluator.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillstudio.evaluator.aggregate.AggregationPolicy;
import io.skillstudio.evaluator.aggregate.Aggregator;
import io.skillstudio.evaluator.aggregate.ItemScore;
import io.skillstudio.evaluator.aggregate.ItemSeverity;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.score.SampleWarning;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Trace v2 on disk: the golden files pin the format, every event type is compared by equality after a
 * round trip, and version 1 files are read into the v2 tree.
 */
class TraceCodecTest {

    static final String T = "2026-01-01T00:00:00Z";
    static final String GOLDEN_V1 = "golden-v1.jsonl";
    static final String GOLDEN_V2 = "golden-v2.jsonl";

    static Provenance provenance() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("tieMargin", 0.05);
        settings.put("threads", 2);
        return new Provenance(
                "demo", "1.0.0", "abc123", "0.1.0", "pointwise", "demo.checklist", "explicit", null, settings);
    }

    static List<ItemScore> items() {
        return List.of(
                ItemScore.scored(
                        "a", "rubrics/x.yaml", ItemSeverity.CRITICAL, 2, "fake.contains", Outcome.PASS, 1, "found"),
                ItemScore.unscored(
                        "j",
                        "rubrics/x.yaml",
                        ItemSeverity.MINOR,
                        1,
                        null,
                        Score.unscored(UnscoredReason.JUDGE_UNAVAILABLE, "no judge")));
    }

    static Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("text", "hello");
        params.put("min", 3);
        return params;
    }

    /** One event of every type, linked as a run with a model judge makes them. */
    static Trace everyEventType() {
        var breakdown = Aggregator.aggregate(AggregationPolicy.DEFAULT, items());
        Map<String, Object> msg = new LinkedHashMap<>();
        msg.put("role", "user");
        msg.put("content", "Judge this.");
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("id", "call_1");
        call.put("name", "final_answer");
        call.put("arguments", "{\"score\":1}");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", true);
        result.put("score", 1);
        List<TraceEvent> events = List.of(
                new TraceEvents.RunStarted("e1", null, null, null, T, 0.0, "s1", "pointwise", 1, 3),
                new TraceEvents.Warning(
                        "e2",
                        "e1",
                        null,
                        null,
                        T,
                        0.0,
                        SampleWarning.SKILL_MISMATCH,
                        "the sample expects skill 'other'"),
                new TraceEvents.ResourceViewed("e3", "e1", null, null, T, 0.1, "demo.checklist", "rubrics/x.yaml", 3),
                new TraceEvents.VerifierRun(
                        "e4",
                        "e1",
                        0,
                        "a",
                        T,
                        0.25,
                        "fake.contains",
                        params(),
                        Outcome.PASS,
                        1.0,
                        "found",
                        List.of(
                                new EvidenceSpan(0, 5, "match", "hello", null),
                                new EvidenceSpan(6, 17, "word", "there world", 2))),
                new ModelTurn(
                        "e5",
                        "e1",
                        0,
                        null,
                        T,
                        120.5,
                        1,
                        "loop",
                        "judge-m",
                        2,
                        List.of(msg),
                        List.of("use_skill", "final_answer"),
                        "auto",
                        null,
                        List.of(call),
                        "TOOL_EXECUTION",
                        100,
                        20,
                        1,
                        false,
                        "k123",
                        null),
                new ToolCall("e6", "e5", 0, null, T, 1.5, 1, "call_1", "final_answer", "{\"score\":1}", true, result),
                new TraceEvents.VerifierRun(
                        "e7", "e6", 0, "m", T, 0.0, "judge:model", Map.of(), Outcome.PASS, 1.0, "ok", List.of()),
                new TraceEvents.Error("e8", "e1", 0, "j", T, 0.0, UnscoredReason.JUDGE_UNAVAILABLE, "no judge"),
                new TraceEvents.Aggregation("e9", "e1", 0, null, T, 0.01, breakdown),
                new TraceEvents.FinalResult(
                        "e10",
                        "e1",
                        null,
                        null,
                        T,
                        0.5,
                        Decision.score(1.0)
                                .asPartial(UnscoredReason.JUDGE_UNAVAILABLE, "1 of 2 items were not judged: j"),
                        List.of(Score.partial(
                                1.0, UnscoredReason.JUDGE_UNAVAILABLE, "1 of 2 items were not judged: j"))));
        return Trace.of("s1", provenance(), List.of(ResponseText.of(0, "hello there world")), events);
    }

    @Test
    void theFixtureHasEveryEventTypeTheFormatPermits() {
        Set<Class<?>> used =
                everyEventType().events().stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(used).containsExactlyInAnyOrderElementsOf(Arrays.asList(TraceEvent.class.getPermittedSubclasses()));
    }

    @Test
    void everyEventTypeRoundTripsByEquality() throws IOException {
        Trace trace = everyEventType();
        Trace others = Trace.of(
                "s2",
                provenance(),
                List.of(),
                List.of(
                        new TraceEvents.FinalResult(
                                "e1",
                                null,
                                null,
                                null,
                                T,
                                0,
                                Decision.unscored(UnscoredReason.INVALID_INPUT, "no response"),
                                List.of()),
                        new TraceEvents.FinalResult(
                                "e2",
                                "e1",
                                null,
                                null,
                                T,
                                0,
                                Decision.verdict("Tie"),
                                List.of(Score.scored(0.5), Score.scored(0.5))),
                        new TraceEvents.FinalResult("e3", "e1", null, null, T, 0, Decision.best(2), List.of())));
        StringWriter out = new StringWriter();

        TraceCodec.write(List.of(trace, others), out);
        List<Trace> back = TraceCodec.read(new StringReader(out.toString()));

        assertThat(back).containsExactly(trace, others);
        for (int i = 0; i < trace.events().size(); i++) {
            assertThat(back.get(0).events().get(i))
                    .as("event %d", i)
                    .isEqualTo(trace.events().get(i));
        }
    }

    @Test
    void goldenV2FileIsWhatThisCodeWritesAndReadsBackEqual() throws IOException {
        String line = TraceCodec.toLine(everyEventType());
        if (Boolean.getBoolean("trace.golden.update")) {
            Files.writeString(Path.of("src/test/resources/io/skillstudio/evaluator/trace", GOLDEN_V2), line + "\n");
        }
        String golden = resource(GOLDEN_V2).strip();

        assertThat(line)
                .as("change the format on purpose: -Dtrace.golden.update=true")
                .isEqualTo(golden);
        assertThat(TraceCodec.fromLine(golden)).isEqualTo(everyEventType());
    }

    @Test
    void goldenV1FileIsReadIntoTheV2TreeWithParentsFromItsOrder() throws IOException {
        Trace read = TraceCodec.fromLine(resource(GOLDEN_V1).strip());

        assertThat(read.version()).isEqualTo(Trace.CURRENT_VERSION);
        assertThat(read.responses()).isEmpty();
        Map<String, String> parents = new LinkedHashMap<>();
        read.events().forEach(e -> parents.put(e.id(), e.parent()));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("e1", null);
        expected.put("e7", "e1");
        expected.put("e8", "e7");
        expected.put("e2", "e1");
        expected.put("e3", "e1");
        expected.put("e4", "e1");
        expected.put("e5", "e1");
        expected.put("e6", "e1");
        assertThat(parents).containsExactlyEntriesOf(expected);
        var run = (TraceEvents.VerifierRun) read.event("e3");
        assertThat(run)
                .isEqualTo(new TraceEvents.VerifierRun(
                        "e3",
                        "e1",
                        0,
                        "a",
                        T,
                        0.25,
                        "fake.contains",
                        params(),
                        Outcome.PASS,
                        1.0,
                        "found",
                        List.of(new EvidenceSpan(3, 8, "match"))));
        var turn = (ModelTurn) read.event("e7");
        assertThat(turn.tokensIn()).isEqualTo(100);
        assertThat(turn.requestKey()).isEqualTo("k123");
        var tool = (ToolCall) read.event("e8");
        assertThat(tool.result()).containsEntry("skill", "demo");
        var error = (TraceEvents.Error) read.event("e4");
        assertThat(error.reason()).isEqualTo(UnscoredReason.JUDGE_UNAVAILABLE);
        assertThat(error.item()).isEqualTo("j");
        assertThat(((TraceEvents.FinalResult) read.event("e6")).decision()).isEqualTo(Decision.score(1.0));
    }

    @Test
    void writesVersionFirstAndTheLinksFirstInEachEvent() {
        String line = TraceCodec.toLine(everyEventType());

        assertThat(line).startsWith("{\"version\":2,\"sampleId\":\"s1\",\"provenance\":{\"skillName\":\"demo\"");
        assertThat(line).contains("\"responses\":[{\"index\":0,\"sha256\":\"");
        assertThat(line).contains("{\"event\":\"run_started\",\"id\":\"e1\",\"timestamp\":");
        assertThat(line)
                .contains("{\"event\":\"verifier_run\",\"id\":\"e4\",\"parent\":\"e1\",\"response\":0,\"item\":\"a\"");
        assertThat(line).contains("{\"start\":6,\"end\":17,\"note\":\"word\",\"text\":\"there world\",\"count\":2}");
        assertThat(line).contains("\"reason\":\"judge_unavailable\"");
    }

    @Test
    void refusesUnknownVersionsAndMalformedLines() {
        assertThatThrownBy(() -> TraceCodec.fromLine("{\"version\":3,\"sampleId\":\"s\",\"events\":[]}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("unsupported trace version 3");
        assertThatThrownBy(() -> TraceCodec.fromLine("[1]")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> TraceCodec.fromLine("{\"version\":2,")).isInstanceOf(IOException.class);
        assertThatThrownBy(
                        () -> TraceCodec.fromLine(
                                "{\"version\":2,\"sampleId\":\"s\",\"provenance\":null,\"events\":[{\"event\":\"teleport\",\"id\":\"e1\"}]}"))
                .isInstanceOf(IOException.class);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TraceCodecTest.class.getResourceAsStream(name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

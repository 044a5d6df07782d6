package io.skillstudio.evaluator.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.tools.ToolNames;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.score.SampleWarning;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 8: {@link TraceLimits} is enforced where events are recorded, visibly and deterministically. */
class TraceRecorderLimitsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static ToolCall call(TraceRecorder.Stamp st, String name, String args) {
        return new ToolCall(
                st.id(),
                st.parent(),
                null,
                null,
                st.timestamp(),
                0.0,
                1,
                "c",
                name,
                args,
                true,
                Map.of("ok", true, "text", args));
    }

    private static List<TraceEvent> flood(TraceLimits limits, int calls, List<TraceEvent> observed) {
        TraceRecorder rec = new TraceRecorder(CLOCK, observed::add, limits);
        rec.add(TraceEvents.RunStarted.of(rec.start(), "s", "pointwise", 1, 1));
        for (int i = 0; i < calls; i++) {
            rec.add(call(rec.start(), ToolNames.LIST_RESOURCES, "x".repeat(100)));
        }
        rec.add(call(rec.start(), ToolNames.FINAL_ANSWER, "{\"score\":1}"));
        rec.add(TraceEvents.Error.of(rec.start(), UnscoredReason.VERIFIER_ERROR, "m".repeat(5_000)));
        return rec.events();
    }

    @Test
    void pastTheEventCapToolCallsAreDroppedButTheOutcomeAndAMarkerStay() {
        List<TraceEvent> observed = new ArrayList<>();
        List<TraceEvent> events = flood(new TraceLimits(10, 1_000_000), 100, observed);
        assertThat(events).hasSize(10 + 1 + 2); // ten in full, the marker, final answer and error as skeletons
        assertThat(events.get(10)).isInstanceOfSatisfying(TraceEvents.Warning.class, w -> {
            assertThat(w.code()).isEqualTo(SampleWarning.TRACE_TRUNCATED);
            assertThat(w.message())
                    .contains("(10 events, 1000000 bytes)")
                    .contains("2 events kept without their payload")
                    .contains("91 tool calls or resource views dropped");
            assertThat(w.parent()).isEqualTo("e1");
        });
        assertThat(events.get(11))
                .isInstanceOfSatisfying(
                        ToolCall.class, c -> assertThat(c.name()).isEqualTo(ToolNames.FINAL_ANSWER));
        assertThat(events.get(12))
                .isInstanceOfSatisfying(
                        TraceEvents.Error.class,
                        e -> assertThat(e.message()).hasSize(TraceTrimmer.KEPT_MESSAGE_CHARS + " [cut]".length()));
        // Live observers see exactly what is kept; ids stay unique.
        assertThat(observed).hasSize(events.size());
        assertThat(events).extracting(TraceEvent::id).doesNotHaveDuplicates();
    }

    @Test
    void pastTheByteCapPayloadsGoAndTheSameInputsCutTheSameWay() {
        TraceLimits limits = new TraceLimits(1_000, 2_000);
        List<TraceEvent> first = flood(limits, 50, new ArrayList<>());
        List<TraceEvent> second = flood(limits, 50, new ArrayList<>());
        assertThat(TraceCodec.toLine(trace(first))).isEqualTo(TraceCodec.toLine(trace(second)));
        assertThat(first)
                .filteredOn(ToolCall.class::isInstance)
                .map(e -> (ToolCall) e)
                .filteredOn(c -> c.arguments() == null)
                .hasSizeGreaterThan(40)
                .allSatisfy(c -> assertThat(c.result()).containsEntry("truncated", true));
        // Everything before the marker is kept in full and fits the cap; every tool call after it is cut.
        int marker = first.indexOf(first.stream()
                .filter(TraceEvents.Warning.class::isInstance)
                .findFirst()
                .orElseThrow());
        assertThat(first.subList(0, marker).stream()
                        .mapToLong(TraceTrimmer::size)
                        .sum())
                .isLessThanOrEqualTo(2_000);
        assertThat(first.subList(marker + 1, first.size()))
                .filteredOn(ToolCall.class::isInstance)
                .allSatisfy(c -> assertThat(((ToolCall) c).arguments()).isNull());
    }

    @Test
    void withinTheCapsNothingIsCutAndNoMarkerIsAdded() {
        List<TraceEvent> events = flood(TraceLimits.DEFAULT, 50, new ArrayList<>());
        assertThat(events).hasSize(53).noneMatch(TraceEvents.Warning.class::isInstance);
    }

    @Test
    void theFinalAnswerNameMatchesTheJudgesToolName() {
        assertThat(TraceTrimmer.FINAL_ANSWER).isEqualTo(ToolNames.FINAL_ANSWER);
    }

    private static Trace trace(List<TraceEvent> events) {
        return Trace.of(
                "s", new Provenance("n", "v", "h", "e", "pointwise", "", null, null, Map.of()), List.of(), events);
    }

    @Test
    void theSizeEstimateIsNeverBelowTheWrittenJson() {
        String hostile = "\u0001\"\\é€😀 plain";
        TraceRecorder rec = new TraceRecorder(CLOCK);
        TraceRecorder.Stamp st = rec.start();
        List<TraceEvent> events = List.of(
                TraceEvents.RunStarted.of(st, hostile, "pointwise", 1, 1),
                call(rec.start(), hostile, hostile.repeat(50)),
                new ModelTurn(
                        "e3",
                        "e1",
                        0,
                        hostile,
                        st.timestamp(),
                        1.5,
                        1,
                        "loop",
                        hostile,
                        3,
                        List.of(Map.of("role", "user", "content", hostile.repeat(20))),
                        List.of(hostile),
                        "auto",
                        hostile,
                        List.of(Map.of("name", hostile, "arguments", hostile)),
                        "stop",
                        10,
                        20,
                        1,
                        false,
                        hostile,
                        hostile),
                new TraceEvents.VerifierRun(
                        "e4",
                        "e1",
                        0,
                        hostile,
                        st.timestamp(),
                        0.25,
                        hostile,
                        Map.of(hostile, List.of(hostile, 1.0e-300, true)),
                        Outcome.VALUE,
                        0.123456789,
                        hostile,
                        List.of(new EvidenceSpan(0, 3, hostile, hostile, 2))),
                TraceEvents.Error.of(rec.start(), UnscoredReason.VERIFIER_ERROR, hostile),
                TraceEvents.Warning.of(rec.start(), hostile, hostile));
        for (TraceEvent e : events) {
            long written = TraceCodec.toLine(trace(List.of(e))).getBytes(StandardCharsets.UTF_8).length
                    - TraceCodec.toLine(trace(List.of())).getBytes(StandardCharsets.UTF_8).length;
            assertThat(TraceTrimmer.size(e)).as(e.getClass().getSimpleName()).isGreaterThanOrEqualTo(written);
        }
    }
}

package io.skillstudio.app.studio.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.verify.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceTreeTest {

    @TempDir
    Path tmp;

    @Test
    void aRealTraceNestsResourcesResponseStepsAndEndsWithTheFinalResult() throws Exception {
        Trace trace = new Traces(tmp).evaluate("s02").trace();
        Step root = TraceTree.build(trace);
        assertThat(root.kind()).isEqualTo(StepKind.RUN);
        assertThat(root.title()).startsWith("Run s02 · pointwise · 1 response");
        List<StepKind> top = root.children().stream().map(Step::kind).toList();
        assertThat(top)
                .startsWith(StepKind.RESOURCE)
                .contains(StepKind.RESPONSE)
                .endsWith(StepKind.FINAL);
        Step response = root.children().stream()
                .filter(s -> s.kind() == StepKind.RESPONSE)
                .findFirst()
                .orElseThrow();
        List<StepKind> inside = response.children().stream().map(Step::kind).toList();
        assertThat(inside).contains(StepKind.VERIFIER).endsWith(StepKind.AGGREGATION);
        Step comma = response.children().stream()
                .filter(s -> s.title().contains("punctuation:no_comma"))
                .findFirst()
                .orElseThrow();
        assertThat(comma.failed()).isTrue();
        assertThat(comma.title()).startsWith("✗");
        assertThat(root.children().get(root.children().size() - 1).title())
                .isEqualTo("Final result: 0.778 (partial: judge_unavailable)");
        List<String> keys = root.flatten().stream().map(Step::key).toList();
        assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
    }

    @Test
    void sameTraceGivesSameKeys() throws Exception {
        Traces t = new Traces(tmp);
        List<String> a = TraceTree.build(t.evaluate("s06").trace()).flatten().stream()
                .map(Step::key)
                .toList();
        List<String> b = TraceTree.build(t.evaluate("s06").trace()).flatten().stream()
                .map(Step::key)
                .toList();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void stepsNestByParentIdAndGroupByResponse() {
        Provenance p = new Provenance("s", "1", "h", "e", "pairwise", "", "explicit", null, Map.of());
        List<TraceEvent> events = List.of(
                new TraceEvents.RunStarted("e1", null, null, null, "t", 0, "x", "pairwise", 2, 1),
                turn("e2", 0, "call"),
                new ToolCall("e3", "e2", 0, null, "t", 1, 1, "c1", "view_resource", "{}", true, Map.of()),
                verifier("e4", "e1", 0, Outcome.PASS),
                turn("e5", 1, "done"),
                new ToolCall("e6", "e5", 1, null, "t", 1, 1, "c2", "final_answer", "{}", true, Map.of()),
                verifier("e7", "e6", 1, Outcome.FAIL),
                new TraceEvents.FinalResult("e8", "e1", null, null, "t", 0, Decision.verdict("A"), List.of()));
        Step root = TraceTree.build(Trace.of("x", p, List.of(), events));
        assertThat(root.children())
                .extracting(Step::title)
                .containsExactly("Response A", "Response B", "Final result: A");
        Step a = root.children().get(0);
        assertThat(a.children()).extracting(Step::kind).containsExactly(StepKind.MODEL_TURN, StepKind.VERIFIER);
        assertThat(a.children().get(0).children()).extracting(Step::kind).containsExactly(StepKind.TOOL_CALL);
        // the judge's verdict hangs under the final_answer call that gave it, under its model turn
        Step b = root.children().get(1);
        assertThat(b.children()).extracting(Step::kind).containsExactly(StepKind.MODEL_TURN);
        Step answer = b.children().get(0).children().get(0);
        assertThat(answer.title()).isEqualTo("Tool final_answer");
        assertThat(answer.children()).extracting(Step::kind).containsExactly(StepKind.VERIFIER);
        assertThat(answer.children().get(0).failed()).isTrue();
    }

    private static ModelTurn turn(String id, int response, String reply) {
        return new ModelTurn(
                id,
                "e1",
                response,
                null,
                "t",
                5,
                1,
                "loop",
                "m",
                2,
                List.of(),
                List.of(),
                "auto",
                reply,
                List.of(),
                "tool_calls",
                10,
                2,
                1,
                false,
                "k" + id,
                null);
    }

    private static TraceEvents.VerifierRun verifier(String id, String parent, int response, Outcome outcome) {
        return new TraceEvents.VerifierRun(
                id,
                parent,
                response,
                "i1",
                "t",
                0,
                "v",
                Map.of(),
                outcome,
                outcome == Outcome.PASS ? 1 : 0,
                "",
                List.of());
    }

    @Test
    void diffMarksOnlyTheStepsThatChanged() throws Exception {
        Traces t = new Traces(tmp);
        Step before = TraceTree.build(t.evaluate("s02").trace());
        String checklist = "rubrics/if_pointwise.checklist.yaml";
        var edited = t.pkg.withFile(
                checklist,
                t.pkg.textOf(checklist)
                        .orElseThrow()
                        .replace("      max: 250", "      max: 5")
                        .getBytes(StandardCharsets.UTF_8));
        Step after = TraceTree.build(t.evaluate(edited, "s02").trace());
        var differing = TraceDiff.differing(before, after);
        assertThat(differing).anyMatch(k -> k.contains("VERIFIER:concise"));
        assertThat(differing).anyMatch(k -> k.contains("AGGREGATION"));
        assertThat(differing).anyMatch(k -> k.contains("FINAL"));
        assertThat(differing).noneMatch(k -> k.contains("VERIFIER:non_empty"));
        assertThat(TraceDiff.differing(before, TraceTree.build(t.evaluate("s02").trace())))
                .isEmpty();
    }
}

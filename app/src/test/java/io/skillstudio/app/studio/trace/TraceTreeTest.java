package io.skillstudio.app.studio.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.verify.Outcome;
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
        assertThat(top).startsWith(StepKind.RESOURCE).contains(StepKind.RESPONSE).endsWith(StepKind.FINAL);
        Step response = root.children().stream().filter(s -> s.kind() == StepKind.RESPONSE).findFirst().orElseThrow();
        List<StepKind> inside = response.children().stream().map(Step::kind).toList();
        assertThat(inside).contains(StepKind.VERIFIER).endsWith(StepKind.AGGREGATION);
        Step comma = response.children().stream().filter(s -> s.title().contains("punctuation:no_comma")).findFirst()
                .orElseThrow();
        assertThat(comma.failed()).isTrue();
        assertThat(comma.title()).startsWith("✗");
        assertThat(root.children().get(root.children().size() - 1).title()).isEqualTo("Final result: 0.778");
        List<String> keys = root.flatten().stream().map(Step::key).toList();
        assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
    }

    @Test
    void sameTraceGivesSameKeys() throws Exception {
        Traces t = new Traces(tmp);
        List<String> a = TraceTree.build(t.evaluate("s06").trace()).flatten().stream().map(Step::key).toList();
        List<String> b = TraceTree.build(t.evaluate("s06").trace()).flatten().stream().map(Step::key).toList();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void modelTurnsGoToTheNextResponseAndToolCallsUnderTheirTurn() {
        Provenance p = new Provenance("s", "1", "h", "e", "pairwise", "", "explicit", null, Map.of());
        List<TraceEvent> events = List.of(
                new TraceEvents.RunStarted("e1", "t", 0, "x", "pairwise", 2, 1),
                new ModelTurn("e2", "t", 5, 1, "loop", "m", 2, List.of(), List.of(), "auto", "", List.of(), "tool_calls",
                        10, 2, 1, false, "k", null),
                new ToolCall("e3", "t", 1, 1, "c1", "view_resource", "{}", true, Map.of()),
                new TraceEvents.VerifierRun("e4", "t", 0, 0, "i1", "v", Map.of(), Outcome.PASS, 1, "", List.of()),
                new ModelTurn("e5", "t", 5, 1, "loop", "m", 2, List.of(), List.of(), "auto", "done", List.of(), "stop",
                        10, 2, 1, false, "k2", null),
                new TraceEvents.VerifierRun("e6", "t", 0, 1, "i1", "v", Map.of(), Outcome.FAIL, 0, "", List.of()));
        Step root = TraceTree.build(new Trace(1, "x", p, events));
        assertThat(root.children()).extracting(Step::title).containsExactly("Response A", "Response B");
        Step a = root.children().get(0);
        assertThat(a.children()).extracting(Step::kind).containsExactly(StepKind.MODEL_TURN, StepKind.VERIFIER);
        assertThat(a.children().get(0).children()).extracting(Step::kind).containsExactly(StepKind.TOOL_CALL);
        Step b = root.children().get(1);
        assertThat(b.children()).extracting(Step::kind).containsExactly(StepKind.MODEL_TURN, StepKind.VERIFIER);
        assertThat(b.children().get(1).failed()).isTrue();
    }

    @Test
    void diffMarksOnlyTheStepsThatChanged() throws Exception {
        Traces t = new Traces(tmp);
        Step before = TraceTree.build(t.evaluate("s02").trace());
        String checklist = "rubrics/if_pointwise.checklist.yaml";
        var edited = t.pkg.withFile(checklist, t.pkg.textOf(checklist).orElseThrow()
                .replace("      max: 250", "      max: 5").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Step after = TraceTree.build(t.evaluate(edited, "s02").trace());
        var differing = TraceDiff.differing(before, after);
        assertThat(differing).anyMatch(k -> k.contains("VERIFIER:concise"));
        assertThat(differing).anyMatch(k -> k.contains("AGGREGATION"));
        assertThat(differing).anyMatch(k -> k.contains("FINAL"));
        assertThat(differing).noneMatch(k -> k.contains("VERIFIER:non_empty"));
        assertThat(TraceDiff.differing(before, TraceTree.build(t.evaluate("s02").trace()))).isEmpty();
    }
}

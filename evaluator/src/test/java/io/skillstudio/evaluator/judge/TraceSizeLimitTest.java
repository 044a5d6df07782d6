package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.judge.tools.ToolNames;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.score.SampleWarning;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceCodec;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.trace.TraceLimits;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: a sample's trace has its own cap ({@link TraceLimits}). A hostile judge that fills every turn
 * with the most tool calls and the largest arguments the payload caps allow gets a trace cut at the cap,
 * with a {@code trace_truncated} warning saying what went, and the same score as a polite judge.
 */
class TraceSizeLimitTest {

    @TempDir
    Path tmp;

    private SkillPackage pkg() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("p"));
        Files.writeString(root.resolve("SKILL.md"), "---\nname: p\ndescription: d\n---\nbody\n");
        Files.writeString(root.resolve("resources.yaml"), "resources: []\n");
        return new PackageLoader().load(root).skillPackage().orElseThrow();
    }

    /** 16 calls of a known tool, each with ~12,000 control characters (6 bytes each once in JSON). */
    private static FakeOpenAi.Reply floodingTurn() {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < JudgePayloadLimits.MAX_TOOL_CALLS_PER_TURN; i++) {
            pairs.add(ToolNames.LIST_RESOURCES);
            pairs.add("{\"pad\":\"" + "\u0001".repeat(12_000) + "\"}");
        }
        return toolCalls(pairs.toArray(String[]::new));
    }

    private static JudgeOutcome judge(SkillPackage pkg, FakeOpenAi server) {
        return JudgeHarness.judge(
                        JudgeHarness.settings(server), JudgeCache.NONE, LoopConfig.DEFAULT, Optional.empty(), Map.of())
                .judge(pkg, JudgeSample.pointwise("s", "p", "r"));
    }

    @Test
    void aJudgeFloodingEveryTurnGetsACutTraceWithAMarkerAndTheSameScore() throws Exception {
        SkillPackage pkg = pkg();
        FakeOpenAi.Reply flood = floodingTurn();
        JudgeOutcome hostile;
        try (FakeOpenAi server =
                new FakeOpenAi(flood, flood, flood, flood, flood, flood, finalAnswer("{\"score\":0.75}"))) {
            hostile = judge(pkg, server);
            assertThat(server.calls()).isEqualTo(7);
        }
        JudgeOutcome polite;
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"score\":0.75}"))) {
            polite = judge(pkg, server);
        }
        assertThat(hostile.scored()).isTrue();
        assertThat(hostile.score()).isEqualTo(polite.score()).contains(0.75);

        String line = TraceCodec.toLine(Trace.of(
                "s",
                new Provenance("n", "v", "h", "e", "pointwise", "", null, null, Map.of()),
                List.of(),
                hostile.events()));
        long bytes = line.getBytes(StandardCharsets.UTF_8).length;
        // Uncapped, this trace is ~20 MB; capped, it is the 4 MiB plus the skeletons of the later events.
        assertThat(bytes).isLessThan(TraceLimits.DEFAULT.maxBytes() + 200_000);

        TraceEvents.Warning marker = hostile.events().stream()
                .filter(TraceEvents.Warning.class::isInstance)
                .map(TraceEvents.Warning.class::cast)
                .filter(w -> w.code().equals(SampleWarning.TRACE_TRUNCATED))
                .findFirst()
                .orElseThrow();
        assertThat(marker.message())
                .contains("per-sample cap (5000 events, 4194304 bytes)")
                .containsPattern("[1-9][0-9]* events kept without their payload")
                .contains("scores are not affected");
        // The tree survives the cut: every model turn (tokens for the cost summary) and the final answer.
        assertThat(hostile.events()).filteredOn(ModelTurn.class::isInstance).hasSize(7);
        assertThat(hostile.events())
                .filteredOn(ToolCall.class::isInstance)
                .map(e -> (ToolCall) e)
                .filteredOn(c -> c.name().equals(ToolNames.FINAL_ANSWER))
                .singleElement()
                .satisfies(c -> assertThat(c.result()).containsEntry("ok", true).containsEntry("score", 0.75));
        assertThat(hostile.events())
                .filteredOn(ToolCall.class::isInstance)
                .map(e -> (ToolCall) e)
                .filteredOn(c -> Boolean.TRUE.equals(c.result().get("truncated")))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.arguments()).isNull());
    }
}

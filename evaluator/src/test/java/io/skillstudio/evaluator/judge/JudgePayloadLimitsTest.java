package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.DiskJudgeCache;
import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8: judge payloads are capped (SKILL.md in use_skill, reply size, tool calls per turn). */
class JudgePayloadLimitsTest {

    @TempDir
    Path tmp;

    private SkillPackage pkg(String body) throws Exception {
        Path root = tmp.resolve("big");
        Files.createDirectories(root);
        Files.writeString(root.resolve("SKILL.md"), "---\nname: big\ndescription: d\n---\n" + body);
        Files.writeString(root.resolve("resources.yaml"), "resources: []\n");
        return new PackageLoader().load(root).skillPackage().orElseThrow();
    }

    private Judge judge(FakeOpenAi server, JudgeCache cache) {
        return JudgeHarness.judge(JudgeHarness.settings(server), cache, LoopConfig.DEFAULT, Optional.empty(), Map.of());
    }

    @Test
    void aHugeSkillMdIsCutInUseSkillSoLaterTurnsStaySmall() throws Exception {
        SkillPackage pkg = pkg("x".repeat(8_600_000));
        try (FakeOpenAi server =
                new FakeOpenAi(toolCalls("use_skill", "{\"skill_name\":\"big\"}"), finalAnswer("{\"score\":1}"))) {
            JudgeOutcome out = judge(server, JudgeCache.NONE).judge(pkg, JudgeSample.pointwise("s", "p", "r"));
            ToolCall use = out.events().stream()
                    .filter(ToolCall.class::isInstance)
                    .map(ToolCall.class::cast)
                    .findFirst()
                    .orElseThrow();
            assertThat(use.result()).containsEntry("skill_controller_truncated", true);
            assertThat(use.result().get("skill_controller").toString())
                    .hasSize(JudgePayloadLimits.MAX_SKILL_CHARS + "\n[truncated]".length());
            assertThat(server.requests.get(1).toString().length()).isLessThan(100_000);
        }
    }

    @Test
    void twoThousandToolCallsInOneTurnRunNoneAndEndUnscored() throws Exception {
        String[] calls = new String[4_000];
        for (int i = 0; i < calls.length; i += 2) {
            calls[i] = "list_resources";
            calls[i + 1] = "{}";
        }
        try (FakeOpenAi server = new FakeOpenAi(toolCalls("use_skill", "{\"skill_name\":\"big\"}"), toolCalls(calls))) {
            JudgeOutcome out = judge(server, JudgeCache.NONE).judge(pkg("body"), JudgeSample.pointwise("s", "p", "r"));
            assertThat(out.reason()).contains(UnscoredReason.STEP_BUDGET_EXHAUSTED);
            assertThat(out.detail()).contains("2000 tool calls in one turn");
            assertThat(out.events()).filteredOn(ToolCall.class::isInstance).hasSize(1); // use_skill only
        }
    }

    @Test
    void anOversizedReplyIsABackendErrorAndIsNotCached() throws Exception {
        Path cacheDir = tmp.resolve("cache");
        try (FakeOpenAi server = new FakeOpenAi(FakeOpenAi.text("y".repeat(JudgePayloadLimits.MAX_REPLY_CHARS + 1)))) {
            JudgeOutcome out = judge(server, new DiskJudgeCache(cacheDir))
                    .judge(pkg("body"), JudgeSample.pointwise("s", "p", "r"));
            assertThat(out.reason()).contains(UnscoredReason.BACKEND_ERROR);
            assertThat(out.detail()).contains("exceeds the cap");
        }
        assertThat(!Files.exists(cacheDir) || Files.walk(cacheDir).noneMatch(Files::isRegularFile))
                .isTrue();
    }
}

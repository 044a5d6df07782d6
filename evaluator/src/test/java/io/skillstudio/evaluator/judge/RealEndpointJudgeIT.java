package io.skillstudio.evaluator.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs only when {@code SKILLSTUDIO_JUDGE_IT_BASE_URL} and {@code SKILLSTUDIO_JUDGE_IT_MODEL} name a real
 * endpoint ({@code SKILLSTUDIO_JUDGE_IT_KEY_ENV} optionally names the key variable). A real model may
 * answer either way; the test only requires a documented end state.
 */
@EnabledIfEnvironmentVariable(named = "SKILLSTUDIO_JUDGE_IT_BASE_URL", matches = ".+")
class RealEndpointJudgeIT {
    @TempDir
    Path tmp;

    @Test
    void realModelEndsScoredOrWithAReason() throws Exception {
        JudgeSettings s = JudgeSettings.of(
                        System.getenv("SKILLSTUDIO_JUDGE_IT_BASE_URL"),
                        System.getenv().getOrDefault("SKILLSTUDIO_JUDGE_IT_MODEL", "qwen3"))
                .withApiKeyEnv(System.getenv("SKILLSTUDIO_JUDGE_IT_KEY_ENV"))
                .withTimeout(Duration.ofSeconds(120))
                .withRetries(1, Duration.ofSeconds(1));
        Judge judge = JudgeHarness.judge(s, JudgeCache.NONE, LoopConfig.DEFAULT, Optional.empty(), System.getenv());
        JudgeOutcome out = judge.judge(
                TestPackages.judgeSkill(tmp),
                JudgeSample.pointwise("it", "Answer in at most five words: capital of France?", "Paris."));
        assertThat(out.scored() || out.reason().isPresent()).isTrue();
        assertThat(out.cost().modelCalls()).isPositive();
        ConnectionCheck.Result c = ConnectionCheck.run(s, System::getenv);
        assertThat(c.reachable()).as(c.message()).isTrue();
    }
}

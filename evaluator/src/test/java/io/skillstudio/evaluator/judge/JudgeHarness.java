package io.skillstudio.evaluator.judge;

import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.judge.model.JudgeModels;
import io.skillstudio.evaluator.judge.model.ModelCaller;
import io.skillstudio.evaluator.sandbox.PythonSandbox;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Builds a judge against a fake server with fast retries and a short timeout. */
final class JudgeHarness {
    private JudgeHarness() {}

    static JudgeSettings settings(FakeOpenAi server) {
        return JudgeSettings.of(server.baseUrl(), "fake-judge")
                .withTimeout(Duration.ofSeconds(5))
                .withRetries(1, Duration.ofMillis(1));
    }

    static Judge judge(
            JudgeSettings s,
            JudgeCache cache,
            LoopConfig config,
            Optional<PythonSandbox> sandbox,
            Map<String, String> env) {
        ModelCaller caller = new ModelCaller(JudgeModels.openAi(s, env::get), s, cache);
        return new Judge(caller, config, VerifierRegistry.standard(), sandbox, Clock.systemUTC());
    }

    static Judge judge(FakeOpenAi server) {
        return judge(settings(server), JudgeCache.NONE, LoopConfig.DEFAULT, Optional.empty(), Map.of());
    }
}

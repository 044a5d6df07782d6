package io.skillstudio.evaluator.judge;

import io.skillstudio.evaluator.judge.cache.DiskJudgeCache;
import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.judge.model.JudgeModels;
import io.skillstudio.evaluator.judge.model.ModelCaller;
import io.skillstudio.evaluator.sandbox.PythonRuntime;
import io.skillstudio.evaluator.sandbox.PythonSandbox;
import io.skillstudio.evaluator.sandbox.SandboxLimits;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** Builds a ready {@link Judge} from settings, as the CLI, the studio and the reward server do. */
public final class Judges {
    private Judges() {}

    /**
     * @param cacheDir the disk cache folder, or empty to bypass the cache
     * @param env environment lookup for the API key variable ({@code System::getenv} in production)
     * @throws JudgeModels.MissingApiKeyException when the key variable is named but unset
     */
    public static Judge create(
            JudgeSettings settings, LoopConfig config, Optional<Path> cacheDir, Function<String, String> env) {
        JudgeCache cache = cacheDir.<JudgeCache>map(DiskJudgeCache::new).orElse(JudgeCache.NONE);
        ModelCaller caller = new ModelCaller(JudgeModels.openAi(settings, env), settings, cache);
        Optional<PythonSandbox> sandbox = config.pythonSandbox()
                ? Optional.of(new PythonSandbox(
                        PythonRuntime.detect(Optional.empty(), config.pythonSandboxWithoutIsolation()),
                        SandboxLimits.DEFAULT,
                        config.pythonSandboxWithoutIsolation()))
                : Optional.empty();
        return new Judge(caller, config, VerifierRegistry.standard(), sandbox, Clock.systemUTC());
    }
}

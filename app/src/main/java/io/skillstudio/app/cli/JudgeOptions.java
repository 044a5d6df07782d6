package io.skillstudio.app.cli;

import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.judge.JudgeSettings;
import io.skillstudio.evaluator.judge.Judges;
import io.skillstudio.evaluator.judge.cache.JudgeCacheLocation;
import io.skillstudio.evaluator.judge.cost.RlProjection;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.judge.model.JudgeModels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The model-judge options, shared by every command that may call a judge ({@code eval},
 * {@code judge-test}, {@code bench judge}) through picocli's {@code @Mixin}. The API key is never an
 * option: only the name of the environment variable that holds it.
 */
public final class JudgeOptions {

    @Option(
            names = "--judge-base-url",
            paramLabel = "URL",
            description =
                    "OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1 (Ollama) or https://api.openai.com/v1.")
    String baseUrl;

    @Option(names = "--judge-model", paramLabel = "NAME", description = "Model name at that endpoint.")
    String model;

    @Option(
            names = "--judge-api-key-env",
            paramLabel = "VAR",
            description = "Environment variable holding the API key (default: none, for local servers).")
    String apiKeyEnv;

    @Option(
            names = "--judge-temperature",
            paramLabel = "T",
            defaultValue = "0.0",
            description = "Sampling temperature (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(
            names = "--judge-max-tokens",
            paramLabel = "N",
            defaultValue = "4096",
            description = "Max output tokens per turn (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(
            names = "--judge-timeout",
            paramLabel = "SECONDS",
            defaultValue = "300",
            description = "Timeout per model call in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(
            names = "--judge-retries",
            paramLabel = "N",
            defaultValue = "2",
            description = "Retries after a failed call, with exponential backoff (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(
            names = "--judge-concurrency",
            paramLabel = "N",
            defaultValue = "4",
            description = "Model calls in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--judge-enable-thinking",
            paramLabel = "BOOL",
            arity = "0..1",
            fallbackValue = "true",
            description = "Send chat_template_kwargs.enable_thinking (true or false); omitted: not sent.")
    Boolean enableThinking;

    @Option(
            names = "--judge-max-steps",
            paramLabel = "N",
            defaultValue = "7",
            description = "Agent steps before forced finalization (default: ${DEFAULT-VALUE}).")
    int maxSteps;

    @Option(names = "--judge-python-sandbox", description = "Offer the python_sandbox tool (needs python3).")
    boolean pythonSandbox;

    @Option(
            names = "--unsafe-python-sandbox-without-isolation",
            description = "UNSAFE: run python_sandbox snippets even where bubblewrap is missing; model-written code"
                    + " can then read your files, environment and network. Without it, the tool answers unavailable.")
    boolean unsafePythonSandbox;

    @Option(
            names = "--judge-setting",
            paramLabel = "SETTING",
            description = "Upstream's skill_allowed_setting (normal, skill_fair, skill_operational): hide resources the"
                    + " way upstream does. Default: show every resource.")
    String setting;

    @Option(names = "--no-judge-cache", negatable = false, description = "Bypass the judge call cache.")
    boolean noCache;

    @Option(
            names = "--judge-cache-dir",
            paramLabel = "DIR",
            description = "Judge call cache folder (default: $XDG_CACHE_HOME/skillstudio/judge-cache, else"
                    + " ~/.cache/skillstudio/judge-cache).")
    Path cacheDir;

    @Option(
            names = "--project-rl",
            paramLabel = "PROMPTS,GROUP,STEPS",
            description = "Project the measured cost to an RL run: prompts per step, group size, steps.")
    String projectRl;

    /**
     * The judge the options ask for, or empty when none was asked for. Offline first: a missing API key is
     * a warning on {@code err} and no judge, so {@code judge: model} items become {@code judge_unavailable}.
     *
     * @throws IllegalArgumentException on a usage error (see {@link #settings()})
     */
    public Optional<Judge> createJudge(PrintWriter err) {
        try {
            return settings().map(s -> Judges.create(s, loopConfig(), cache(), System::getenv));
        } catch (JudgeModels.MissingApiKeyException e) {
            err.println("warning: " + e.getMessage() + "; judge: model items, and samples of a package judged whole,"
                    + " will be judge_unavailable");
            return Optional.empty();
        }
    }

    /** Whether a judge was asked for at all. */
    public boolean configured() {
        return baseUrl != null || model != null;
    }

    /**
     * The settings, or empty when no judge was configured.
     *
     * @throws IllegalArgumentException when only one of URL and model is given, or a value is out of range
     */
    public Optional<JudgeSettings> settings() {
        if (!configured()) {
            return Optional.empty();
        }
        if (baseUrl == null || model == null) {
            throw new IllegalArgumentException("--judge-base-url and --judge-model go together");
        }
        if (!(timeoutSeconds > 0)) {
            throw new IllegalArgumentException("--judge-timeout must be > 0");
        }
        return Optional.of(new JudgeSettings(
                baseUrl,
                model,
                Optional.ofNullable(apiKeyEnv),
                temperature,
                maxTokens,
                Duration.ofMillis((long) (timeoutSeconds * 1000)),
                retries,
                Duration.ofSeconds(1),
                concurrency,
                Optional.ofNullable(enableThinking)));
    }

    public LoopConfig loopConfig() {
        return LoopConfig.DEFAULT
                .withMaxSteps(maxSteps)
                .withPythonSandbox(pythonSandbox)
                .withPythonSandboxWithoutIsolation(unsafePythonSandbox)
                .withAllowedSetting(Optional.ofNullable(setting));
    }

    /** The cache folder, or empty when {@code --no-judge-cache} was given. */
    public Optional<Path> cache() {
        return noCache
                ? Optional.empty()
                : Optional.of(cacheDir != null ? cacheDir : JudgeCacheLocation.defaultFolder());
    }

    /** {@code --project-rl} parsed, or empty. */
    public Optional<long[]> rlProjection() {
        return Optional.ofNullable(projectRl).map(RlProjection::parseSpec);
    }
}

package io.skillstudio.evaluator.judge;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the judge model. The API key itself is never held here: only the NAME of the
 * environment variable that holds it, so settings can be written to traces, caches and exports.
 *
 * @param apiKeyEnv name of the environment variable with the key; empty for keyless local servers
 * @param enableThinking upstream's {@code enable_thinking}, sent as {@code chat_template_kwargs}; empty sends nothing
 * @param retries extra attempts after a failed call (0 = one attempt only)
 * @param retryBackoff first backoff; doubled per attempt and capped at 8 s as upstream does
 * @param concurrency model calls in flight at once across all samples of a run
 */
public record JudgeSettings(
        String baseUrl,
        String model,
        Optional<String> apiKeyEnv,
        double temperature,
        int maxTokens,
        Duration timeout,
        int retries,
        Duration retryBackoff,
        int concurrency,
        Optional<Boolean> enableThinking) {

    public static final double DEFAULT_TEMPERATURE = 0.0;
    public static final int DEFAULT_MAX_TOKENS = 4096;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);
    public static final int DEFAULT_RETRIES = 2;
    public static final int DEFAULT_CONCURRENCY = 4;

    public JudgeSettings {
        requireNonBlank(baseUrl, "baseUrl");
        requireNonBlank(model, "model");
        Objects.requireNonNull(apiKeyEnv, "apiKeyEnv");
        apiKeyEnv = apiKeyEnv.filter(s -> !s.isBlank());
        if (!(temperature >= 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a finite number >= 0");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be >= 0");
        }
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1");
        }
        Objects.requireNonNull(enableThinking, "enableThinking");
    }

    /** Settings with the defaults for everything but the endpoint. */
    public static JudgeSettings of(String baseUrl, String model) {
        return new JudgeSettings(
                baseUrl,
                model,
                Optional.empty(),
                DEFAULT_TEMPERATURE,
                DEFAULT_MAX_TOKENS,
                DEFAULT_TIMEOUT,
                DEFAULT_RETRIES,
                Duration.ofSeconds(1),
                DEFAULT_CONCURRENCY,
                Optional.empty());
    }

    public JudgeSettings withApiKeyEnv(String env) {
        return new JudgeSettings(
                baseUrl,
                model,
                Optional.ofNullable(env),
                temperature,
                maxTokens,
                timeout,
                retries,
                retryBackoff,
                concurrency,
                enableThinking);
    }

    public JudgeSettings withTimeout(Duration t) {
        return new JudgeSettings(
                baseUrl,
                model,
                apiKeyEnv,
                temperature,
                maxTokens,
                t,
                retries,
                retryBackoff,
                concurrency,
                enableThinking);
    }

    public JudgeSettings withRetries(int n, Duration backoff) {
        return new JudgeSettings(
                baseUrl, model, apiKeyEnv, temperature, maxTokens, timeout, n, backoff, concurrency, enableThinking);
    }

    public JudgeSettings withEnableThinking(Boolean on) {
        return new JudgeSettings(
                baseUrl,
                model,
                apiKeyEnv,
                temperature,
                maxTokens,
                timeout,
                retries,
                retryBackoff,
                concurrency,
                Optional.ofNullable(on));
    }

    public JudgeSettings withConcurrency(int n) {
        return new JudgeSettings(
                baseUrl, model, apiKeyEnv, temperature, maxTokens, timeout, retries, retryBackoff, n, enableThinking);
    }

    /**
     * The parameters that change what the model answers, for provenance and cache keys. Transport
     * knobs (timeout, retries, concurrency) and the key variable are left out on purpose: they do not
     * change a judgement, so a rerun with a longer timeout still hits the cache.
     */
    public Map<String, Object> answerParameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("base_url", baseUrl);
        m.put("model", model);
        m.put("temperature", temperature);
        m.put("max_tokens", maxTokens);
        enableThinking.ifPresent(b -> m.put("enable_thinking", b));
        return m;
    }

    private static void requireNonBlank(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}

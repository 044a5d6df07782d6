package io.skillstudio.evaluator.judge.model;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.skillstudio.evaluator.judge.JudgePayloadLimits;
import io.skillstudio.evaluator.judge.JudgeSettings;
import io.skillstudio.evaluator.judge.cache.CanonicalJson;
import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.score.UnscoredReason;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only place the judge talks to a model. Adds what {@link ChatModel} lacks for reward runs: a
 * cache by request key, bounded retries with exponential backoff, failure classification, a bound on
 * calls in flight, and a one-time fallback for servers that reject {@code chat_template_kwargs}.
 * Thread safe; share one per run.
 */
public final class ModelCaller {
    private static final Logger LOG = LoggerFactory.getLogger(ModelCaller.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

    private final JudgeModels.Backend backend;
    private final JudgeSettings settings;
    private final JudgeCache cache;
    private final Semaphore inFlight;
    private volatile boolean thinkingRejected;

    public ModelCaller(JudgeModels.Backend backend, JudgeSettings settings, JudgeCache cache) {
        this.backend = backend;
        this.settings = settings;
        this.cache = cache;
        this.inFlight = new Semaphore(settings.concurrency());
    }

    public JudgeSettings settings() {
        return settings;
    }

    /** What one call returned, or how it was served. */
    public record Result(ModelReply reply, double latencyMs, int attempts, boolean cacheHit, String key) {}

    /**
     * Calls the model (or the cache).
     *
     * @param scope package content hash and sample id, part of the cache key
     * @param maxTokens per-call override, or null for the settings' value
     */
    public Result call(
            Map<String, Object> scope,
            List<ChatMessage> messages,
            List<ToolSpecification> tools,
            ToolChoice choice,
            Integer maxTokens)
            throws ModelCallException {
        String key = key(scope, messages, tools, choice, maxTokens);
        Optional<ModelReply> hit = cache.get(key);
        if (hit.isPresent()) {
            return new Result(hit.get(), 0, 0, true, key);
        }
        ChatRequest.Builder rb = ChatRequest.builder().messages(messages);
        if (!tools.isEmpty()) {
            rb.toolSpecifications(tools).toolChoice(choice);
        }
        if (maxTokens != null) {
            rb.maxOutputTokens(maxTokens);
        }
        ChatRequest request = rb.build();
        long start = System.nanoTime();
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                ChatResponse response = send(request);
                double ms = (System.nanoTime() - start) / 1e6;
                // The key leaves no trace: a server that echoes it is redacted before anything is stored.
                ModelReply reply = backend.redactor().redact(toReply(response));
                long size = replyChars(reply);
                if (size > JudgePayloadLimits.MAX_REPLY_CHARS) {
                    // Not cached and not retried: the same request would get the same flood.
                    throw new ModelCallException(
                            UnscoredReason.BACKEND_ERROR,
                            "reply of " + size + " characters exceeds the cap of " + JudgePayloadLimits.MAX_REPLY_CHARS,
                            attempts,
                            (System.nanoTime() - start) / 1e6,
                            null);
                }
                // Outside the failure classification below: a full disk must not turn a paid, good
                // reply into a retried backend_error.
                store(key, reply);
                return new Result(reply, ms, attempts, false, key);
            } catch (RuntimeException e) {
                if (interrupted(e)) {
                    // Cancel interrupts the worker: the JDK client aborts the exchange and LangChain4j
                    // rethrows the InterruptedException wrapped, with the interrupt flag set again.
                    double ms = (System.nanoTime() - start) / 1e6;
                    throw new ModelCallException(
                            UnscoredReason.CANCELLED, "cancelled: the call in flight was aborted", attempts, ms, e);
                }
                if (!thinkingRejected
                        && backend.withoutThinking().isPresent()
                        && FailureClassifier.rejectsThinkingField(e)) {
                    LOG.warn("judge endpoint rejected chat_template_kwargs; retrying without enable_thinking");
                    thinkingRejected = true;
                    continue;
                }
                FailureClassifier.Failure f = FailureClassifier.classify(e);
                if (!f.retriable() || attempts > settings.retries()) {
                    double ms = (System.nanoTime() - start) / 1e6;
                    SecretRedactor r = backend.redactor();
                    throw new ModelCallException(f.reason(), r.redact(f.message()), attempts, ms, r.redact(e));
                }
                LOG.debug(
                        "judge call attempt {} failed ({}), backing off",
                        attempts,
                        f.reason().code());
                backoff(attempts);
            }
        }
    }

    /** The cache is an optimisation: a failed write costs a future rerun, never this answer. */
    private void store(String key, ModelReply reply) {
        try {
            cache.put(key, reply);
        } catch (RuntimeException e) {
            LOG.warn("judge cache write failed for {}; the reply is used uncached: {}", key, e.toString());
        }
    }

    private ChatResponse send(ChatRequest request) {
        ChatModel model = thinkingRejected ? backend.withoutThinking().orElse(backend.primary()) : backend.primary();
        try {
            inFlight.acquire();
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a judge slot", ie);
        }
        try {
            return model.chat(request);
        } finally {
            inFlight.release();
        }
    }

    private void backoff(int attempt) throws ModelCallException {
        long ms = Math.min(MAX_BACKOFF.toMillis(), settings.retryBackoff().toMillis() << Math.min(attempt - 1, 20));
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new ModelCallException(UnscoredReason.CANCELLED, "cancelled during retry backoff", attempt, 0, ie);
        }
    }

    private static boolean interrupted(Throwable e) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException
                    || t instanceof InterruptedIOException
                            && !(t instanceof SocketTimeoutException)
                            && !(t instanceof HttpTimeoutException)) {
                return true;
            }
        }
        return false;
    }

    private static long replyChars(ModelReply r) {
        long n = r.text().length();
        for (var c : r.toolCalls()) {
            n += (c.name() == null ? 0 : c.name().length())
                    + (c.arguments() == null ? 0 : c.arguments().length());
        }
        return n;
    }

    private static ModelReply toReply(ChatResponse r) {
        TokenUsage u = r.tokenUsage();
        long in = u == null || u.inputTokenCount() == null ? 0 : u.inputTokenCount();
        long out = u == null || u.outputTokenCount() == null ? 0 : u.outputTokenCount();
        String finish = r.finishReason() == null ? "" : r.finishReason().name();
        var ai = r.aiMessage();
        return new ModelReply(
                ai.text(), ai.hasToolExecutionRequests() ? ai.toolExecutionRequests() : List.of(), finish, in, out);
    }

    /** sha256 of the canonical request; the API key is never part of it (settings hold only its variable name). */
    String key(
            Map<String, Object> scope,
            List<ChatMessage> messages,
            List<ToolSpecification> tools,
            ToolChoice choice,
            Integer maxTokens) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("v", 1);
        k.put("scope", scope);
        k.put("params", settings.answerParameters());
        k.put("max_tokens_override", maxTokens);
        k.put("messages", MessageJson.of(messages));
        k.put("tools", MessageJson.tools(tools));
        k.put("tool_choice", tools.isEmpty() ? null : choice.name());
        return CanonicalJson.sha256(k);
    }
}

package io.skillstudio.evaluator.judge.model;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.NonRetriableException;
import io.skillstudio.evaluator.score.UnscoredReason;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

/** Maps what a model call threw to a reason code, and says whether another attempt can help. */
final class FailureClassifier {

    record Failure(UnscoredReason reason, boolean retriable, String message) {}

    private FailureClassifier() {}

    static Failure classify(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (isTimeout(c)) {
                return new Failure(UnscoredReason.TIMEOUT, true, "timed out: " + c.getMessage());
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpException h) {
                // LangChain4j wraps the HTTP error in a typed exception; the status decides retrying.
                int code = h.statusCode();
                boolean retriable = code >= 500 || code == 408 || code == 429;
                return new Failure(
                        UnscoredReason.BACKEND_ERROR, retriable, "HTTP " + code + ": " + abbreviate(h.getMessage()));
            }
        }
        if (t instanceof ContentFilteredException) {
            return new Failure(UnscoredReason.REFUSAL, false, "content filtered: " + t.getMessage());
        }
        if (t instanceof AuthenticationException
                || t instanceof ModelNotFoundException
                || t instanceof InvalidRequestException) {
            return new Failure(UnscoredReason.BACKEND_ERROR, false, describe(t));
        }
        if (t instanceof NonRetriableException) {
            return new Failure(UnscoredReason.BACKEND_ERROR, false, describe(t));
        }
        return new Failure(UnscoredReason.BACKEND_ERROR, true, describe(t));
    }

    /** Whether a 400 complains about {@code chat_template_kwargs}, which some servers reject. */
    static boolean rejectsThinkingField(Throwable t) {
        if (!(t instanceof InvalidRequestException) && !(t instanceof HttpException)) {
            return false;
        }
        String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("enable_thinking") || m.contains("chat_template_kwargs");
    }

    private static boolean isTimeout(Throwable c) {
        return c instanceof HttpTimeoutException
                || c instanceof SocketTimeoutException
                || c instanceof java.util.concurrent.TimeoutException
                || c instanceof dev.langchain4j.exception.TimeoutException;
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + ": " + abbreviate(t.getMessage());
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}

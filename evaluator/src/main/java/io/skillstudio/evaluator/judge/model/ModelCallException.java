package io.skillstudio.evaluator.judge.model;

import io.skillstudio.evaluator.score.UnscoredReason;

/** A model call that failed for good (after its retries), with the reason the outcome will carry. */
public final class ModelCallException extends Exception {
    private final UnscoredReason reason;
    private final int attempts;
    private final double latencyMs;

    public ModelCallException(UnscoredReason reason, String message, int attempts, double latencyMs, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.attempts = attempts;
        this.latencyMs = latencyMs;
    }

    public UnscoredReason reason() {
        return reason;
    }

    public int attempts() {
        return attempts;
    }

    public double latencyMs() {
        return latencyMs;
    }
}

package io.skillstudio.evaluator.judge.model;

import io.skillstudio.evaluator.judge.JudgeReason;

/** A model call that failed for good (after its retries), with the reason the outcome will carry. */
public final class ModelCallException extends Exception {
    private final JudgeReason reason;
    private final int attempts;
    private final double latencyMs;

    public ModelCallException(JudgeReason reason, String message, int attempts, double latencyMs, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.attempts = attempts;
        this.latencyMs = latencyMs;
    }

    public JudgeReason reason() {
        return reason;
    }

    public int attempts() {
        return attempts;
    }

    public double latencyMs() {
        return latencyMs;
    }
}

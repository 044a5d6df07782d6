package io.skillstudio.evaluator.service;

import io.skillstudio.evaluator.metrics.RunSummary;
import java.util.Objects;
import java.util.Optional;

/**
 * How a run ended: its summary (status {@code completed}, {@code cancelled} or {@code failed}) and, for
 * a failed run, what failed (an output that could not be written, a worker that died).
 */
public record RunOutcome(RunSummary summary, Optional<Throwable> failure) {
    public RunOutcome {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(failure, "failure");
    }

    public boolean completed() {
        return RunSummary.COMPLETED.equals(summary.status());
    }

    public boolean cancelled() {
        return RunSummary.CANCELLED.equals(summary.status());
    }

    public boolean failed() {
        return RunSummary.FAILED.equals(summary.status());
    }
}

package io.skillstudio.evaluator.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A run in progress: cancel it, or wait for its outcome. Thread safe. */
public final class RunHandle {

    private final RunControl control;
    private final CompletableFuture<RunOutcome> outcome;

    RunHandle(RunControl control, CompletableFuture<RunOutcome> outcome) {
        this.control = control;
        this.outcome = outcome;
    }

    /**
     * Asks the run to stop: no new sample starts, running samples stop at their next step (between model
     * calls, between tool calls) and a model call in flight is aborted. Finished samples are kept and
     * written; the summary counts what did not finish. Idempotent.
     */
    public void cancel() {
        control.cancel();
    }

    public boolean isCancelled() {
        return control.isCancelled();
    }

    public boolean isDone() {
        return outcome.isDone();
    }

    /** Completes with the outcome (never exceptionally: a failed run is an outcome). */
    public CompletableFuture<RunOutcome> completion() {
        return outcome;
    }

    /** Waits for the outcome. */
    public RunOutcome await() throws InterruptedException {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("run coordinator failed", e.getCause());
        }
    }
}

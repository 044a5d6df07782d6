package io.skillstudio.evaluator.service;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The one way to run an evaluation, shared by the command line, the studio and the reward server.
 * Samples run on the injected worker executor (the service creates no threads and owns none: the caller
 * shuts its executor down); a run's coordination (reading samples, ordering results, writing, the
 * listener) runs on the calling thread with {@link #run} or on the injected coordinator executor with
 * {@link #start}. Thread safe; many runs may share one service.
 */
public final class EvaluationService {

    private final ExecutorService workers;
    private final Executor coordinator;

    /**
     * @param workers evaluates samples; shared by every run of this service
     * @param coordinator runs {@link #start}ed runs' coordination; must not be {@code workers} when that
     *     is bounded (a coordinator waiting for its own workers' slots would deadlock)
     */
    public EvaluationService(ExecutorService workers, Executor coordinator) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.coordinator = Objects.requireNonNull(coordinator, "coordinator");
    }

    /** Starts a run in the background; the handle cancels it and gives its outcome. */
    public RunHandle start(RunRequest request, RunListener listener) {
        RunControl control = new RunControl();
        CompletableFuture<RunOutcome> outcome = new CompletableFuture<>();
        coordinator.execute(() -> {
            try {
                outcome.complete(new RunCoordinator(request, listener, control, workers).run());
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        });
        return new RunHandle(control, outcome);
    }

    /**
     * Runs on the calling thread until the run ends; {@code onHandle} receives the handle first (to
     * cancel from another thread, e.g. on Ctrl-C).
     */
    public RunOutcome run(RunRequest request, RunListener listener, Consumer<RunHandle> onHandle) {
        RunControl control = new RunControl();
        CompletableFuture<RunOutcome> outcome = new CompletableFuture<>();
        onHandle.accept(new RunHandle(control, outcome));
        RunOutcome o = new RunCoordinator(request, listener, control, workers).run();
        outcome.complete(o);
        return o;
    }

    public RunOutcome run(RunRequest request, RunListener listener) {
        return run(request, listener, h -> {});
    }
}

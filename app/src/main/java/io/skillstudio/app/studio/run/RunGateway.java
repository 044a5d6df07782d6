package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.run.CancelToken;

/**
 * The studio's one way to run a skill on samples. Synchronous: the caller runs it off the FX thread.
 * Keeping the evaluator behind this small interface lets the ViewModels be tested with a scripted
 * gateway and lets the evaluator's run API change without touching the views.
 */
public interface RunGateway {

    /**
     * Runs every sample of the request; a cancelled run returns the samples that finished.
     *
     * @throws IllegalArgumentException when the package cannot be evaluated as asked (no such checklist)
     */
    RunOutcome run(RunRequest request, RunListener listener, CancelToken cancel);
}

package io.skillstudio.app.studio.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The studio's one way to run a skill on samples. Synchronous: the caller runs it off the FX thread.
 * Keeping the evaluation service behind this small interface lets the ViewModels be tested with a
 * scripted gateway.
 */
public interface RunGateway {

    /**
     * Runs the request; a cancelled run returns the samples that finished.
     *
     * @param keepIn the run folder to write (results, traces, summary, as {@code eval --out}), or empty
     * @throws IllegalArgumentException when the package cannot be evaluated as asked (validation errors,
     *     no such checklist), with a message for the user
     */
    RunOutcome run(RunRequest request, Optional<Path> keepIn, RunListener listener, RunCancel cancel)
            throws IOException;
}

package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.run.Evaluation;

/**
 * Hears about a run while it goes. Calls come from the run's coordinator thread, one at a time; the
 * studio hands them to the FX thread in batches (see {@link RunViewModel}).
 */
public interface RunListener {

    RunListener NONE = (evaluation, done, total) -> {};

    /** A sample finished, with its trace; {@code total} is -1 when unknown. */
    void sampleDone(Evaluation evaluation, int done, int total);
}

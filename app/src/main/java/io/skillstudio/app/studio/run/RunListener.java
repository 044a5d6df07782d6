package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.run.SampleResult;

/**
 * Hears about a run while it goes. Calls come from a worker thread, one at a time; the studio hands
 * them to the FX thread in batches (see {@link RunViewModel}).
 */
public interface RunListener {

    RunListener NONE = (result, done, total) -> {};

    /** A sample finished; {@code done} counts finished samples in completion order. */
    void sampleDone(SampleResult result, int done, int total);
}

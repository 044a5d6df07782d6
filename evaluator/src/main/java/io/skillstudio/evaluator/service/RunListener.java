package io.skillstudio.evaluator.service;

import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.trace.TraceEvent;

/**
 * Hears about a run. Calls come one at a time from the run's coordinator thread, never concurrently,
 * so implementations need no locking (the studio hops them onto the FX thread); only
 * {@link #traceEvent} comes from worker threads.
 */
public interface RunListener {

    RunListener NONE = new RunListener() {};

    /** The run began; {@code total} is the expected number of samples, or -1 when unknown. */
    default void started(int total) {}

    /**
     * A sample finished (in sample order); the evaluation carries its result and trace. {@code done}
     * counts finished samples.
     */
    default void sampleDone(Evaluation evaluation, int done, int total) {}

    /**
     * A trace event of a sample still running (model turns, tool calls, verifier runs as they happen).
     * The one exception to the threading rule above: called on the worker thread evaluating the sample,
     * possibly from several workers at once, so implementations must be thread safe and quick (the
     * studio hops to the FX thread). The finished trace comes with {@link #sampleDone} anyway.
     */
    default void traceEvent(String sampleId, TraceEvent event) {}

    /** Something to tell the user that is not a sample result: a malformed line, a warning. */
    default void notice(RunNotice notice) {}

    /** The run ended (completed, cancelled or failed); the last call. */
    default void finished(RunOutcome outcome) {}
}

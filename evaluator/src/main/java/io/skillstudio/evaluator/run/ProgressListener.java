package io.skillstudio.evaluator.run;

/**
 * Hears about a batch's progress. Calls come one at a time from the thread that called
 * {@link BatchRunner#run}, never concurrently, so implementations need no locking (the studio adapts
 * them onto a JavaFX Task).
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {};

    default void started(int total) {}

    /** A sample finished; {@code done} counts finished samples, in completion order. */
    default void sampleDone(SampleResult result, int done, int total) {}

    default void finished(int done, int total, boolean cancelled) {}
}

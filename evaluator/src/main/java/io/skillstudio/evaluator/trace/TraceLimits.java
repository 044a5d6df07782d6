package io.skillstudio.evaluator.trace;

/**
 * The per-sample cap on a trace (issue 8), separate from the judge's payload caps: however many tool
 * calls, turns or verifier runs a sample produces, its trace keeps at most {@code maxEvents} events and
 * {@code maxBytes} bytes of event JSON in full. Past either, {@link TraceRecorder} keeps the events that
 * carry the outcome without their payload and drops the rest, and one {@code trace_truncated} warning
 * says what went. The trace is evidence, not input: a cut trace never changes a score.
 *
 * @param maxEvents events kept in full or as skeletons before droppable ones (tool calls, resource
 *     views) are dropped
 * @param maxBytes bytes of event JSON (estimated from above) kept with their payload
 */
public record TraceLimits(int maxEvents, long maxBytes) {

    /** 5,000 events and 4 MiB per sample: a judged sample at the payload caps needs well under half. */
    public static final TraceLimits DEFAULT = new TraceLimits(5_000, 4L * 1024 * 1024);

    public TraceLimits {
        if (maxEvents < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("trace limits must be positive");
        }
    }
}

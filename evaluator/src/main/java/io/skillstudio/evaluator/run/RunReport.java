package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.trace.Trace;
import java.util.List;

/**
 * What a batch produced: results and traces in sample order (only for samples that ran), whether it was
 * cancelled, how many samples never started, and the wall time of the whole batch.
 */
public record RunReport(List<SampleResult> results, List<Trace> traces, boolean cancelled, int notStarted,
        double wallMs) {
    public RunReport {
        results = List.copyOf(results);
        traces = List.copyOf(traces);
    }
}

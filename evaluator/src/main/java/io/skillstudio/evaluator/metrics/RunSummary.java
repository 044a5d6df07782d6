package io.skillstudio.evaluator.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.RunReport;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.sample.SampleError;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of {@code summary.json}: counts, unscored samples by reason, latency, throughput and
 * agreement, with the run's provenance.
 *
 * @param malformedLines sample lines that could not be read (not part of {@code samples}), listed in {@code malformed}
 * @param samples samples that were read and submitted
 * @param notStarted samples skipped because the run was cancelled
 * @param throughputPerSecond finished samples per second of batch wall time
 */
@JsonPropertyOrder({"provenance", "mode", "samples", "malformedLines", "evaluated", "scored", "unscored",
        "unscoredByReason", "notStarted", "cancelled", "wallMs", "throughputPerSecond", "latencyMs", "agreement",
        "malformed", "judgeCost"})
public record RunSummary(Provenance provenance, EvalMode mode, int samples, int malformedLines, int evaluated,
        int scored, int unscored, Map<String, Integer> unscoredByReason, int notStarted, boolean cancelled,
        double wallMs, double throughputPerSecond, LatencyStats latencyMs, Agreement agreement,
        List<SampleError> malformed,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        JudgeCost judgeCost) {

    public RunSummary {
        unscoredByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(unscoredByReason));
        malformed = List.copyOf(malformed);
    }

    public static RunSummary of(Provenance provenance, EvalMode mode, RunReport report, List<SampleError> malformed) {
        Map<String, Integer> byReason = new TreeMap<>();
        int scored = 0;
        for (SampleResult r : report.results()) {
            if (r.decision().isScored()) {
                scored++;
            } else {
                byReason.merge(r.decision().reason().code(), 1, Integer::sum);
            }
        }
        int evaluated = report.results().size();
        double throughput = report.wallMs() > 0 ? evaluated / (report.wallMs() / 1000.0) : 0;
        return new RunSummary(provenance, mode, evaluated + report.notStarted(), malformed.size(), evaluated, scored,
                evaluated - scored, byReason, report.notStarted(), report.cancelled(), report.wallMs(), throughput,
                LatencyStats.of(report.results().stream().map(SampleResult::latencyMs).toList()),
                Agreement.of(mode, report.results()), malformed, null);
    }

    /** A copy with the model judge's cost (and RL projection) added. */
    public RunSummary withJudgeCost(JudgeCost cost) {
        return new RunSummary(provenance, mode, samples, malformedLines, evaluated, scored, unscored, unscoredByReason,
                notStarted, cancelled, wallMs, throughputPerSecond, latencyMs, agreement, malformed, cost);
    }
}

package io.skillstudio.evaluator.metrics;

import io.skillstudio.evaluator.stats.Percentiles;
import java.util.Arrays;
import java.util.List;

/** Per-call latency percentiles (nearest rank) in milliseconds; all zero with {@code count} 0 when empty. */
public record LatencyStats(int count, double p50, double p90, double p99, double max, double mean) {

    public static LatencyStats of(List<Double> millis) {
        if (millis.isEmpty()) {
            return new LatencyStats(0, 0, 0, 0, 0, 0);
        }
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new LatencyStats(
                sorted.length,
                Percentiles.ofSorted(sorted, 50),
                Percentiles.ofSorted(sorted, 90),
                Percentiles.ofSorted(sorted, 99),
                sorted[sorted.length - 1],
                Arrays.stream(sorted).average().orElse(0));
    }
}

package io.skillstudio.evaluator.metrics;

import java.util.Arrays;
import java.util.List;

/** Per-call latency percentiles (nearest rank) in milliseconds; all zero with {@code count} 0 when empty. */
public record LatencyStats(int count, double p50, double p90, double p99, double max, double mean) {

    public static LatencyStats of(List<Double> millis) {
        if (millis.isEmpty()) {
            return new LatencyStats(0, 0, 0, 0, 0, 0);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new LatencyStats(sorted.length, rank(sorted, 50), rank(sorted, 90), rank(sorted, 99),
                sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
    }

    // Nearest rank: the smallest value with at least p% of the values at or below it.
    static double rank(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

package io.skillstudio.evaluator.stats;

import java.util.Arrays;

/** The one percentile definition of the project: nearest rank, as run summaries, costs and benchmarks report it. */
public final class Percentiles {

    private Percentiles() {}

    /**
     * Nearest rank over values already sorted ascending: the smallest value with at least {@code p}
     * percent of the values at or below it; 0 for an empty array.
     */
    public static double ofSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Nearest rank over unsorted values (the array is not changed). */
    public static double of(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, p);
    }
}

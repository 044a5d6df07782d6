package io.skillstudio.app.studio.run.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers behind the results charts, computed without a screen. Scatter points are merged per
 * 0.01 cell with a count, so a 5,000-sample run draws a few hundred nodes at most, not 5,000.
 */
public final class ChartData {

    /** One histogram bar: its label and how many values fell in it. */
    public record Bin(String label, int count) {}

    /** Expected against actual score, with how many samples sit on that point. */
    public record Point(double expected, double actual, int count) {}

    private ChartData() {}

    /** Scores in ten bins of width 0.1; 1.0 falls in the last bin. */
    public static List<Bin> scoreHistogram(Collection<SampleRow> rows) {
        int[] counts = new int[10];
        for (SampleRow r : rows) {
            if (r.score() != null) {
                counts[Math.min(9, (int) Math.floor(r.score() * 10))]++;
            }
        }
        List<Bin> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(new Bin(String.format(Locale.ROOT, "%.1f–%.1f", i / 10.0, (i + 1) / 10.0), counts[i]));
        }
        return out;
    }

    public static List<Point> expectedVsActual(Collection<SampleRow> rows) {
        Map<Long, int[]> cells = new TreeMap<>();
        for (SampleRow r : rows) {
            if (r.score() != null && r.expectedScore() != null) {
                long key = Math.round(r.expectedScore() * 100) * 1000 + Math.round(r.score() * 100);
                cells.computeIfAbsent(key, k -> new int[1])[0]++;
            }
        }
        List<Point> out = new ArrayList<>();
        cells.forEach((k, c) -> out.add(new Point((k / 1000) / 100.0, (k % 1000) / 100.0, c[0])));
        return out;
    }

    /**
     * Latencies in {@code bins} equal bins from 0 to the largest latency (at least 1 ms wide), labelled
     * by their upper bound in ms.
     */
    public static List<Bin> latencyDistribution(Collection<SampleRow> rows, int bins) {
        double max = rows.stream().mapToDouble(SampleRow::latencyMs).max().orElse(0);
        double width = Math.max(1.0, Math.ceil(max / bins));
        int[] counts = new int[bins];
        for (SampleRow r : rows) {
            counts[Math.min(bins - 1, (int) (r.latencyMs() / width))]++;
        }
        List<Bin> out = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            out.add(new Bin("≤" + formatMs((i + 1) * width), counts[i]));
        }
        return out;
    }

    private static String formatMs(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.1fs", ms / 1000) : String.format(Locale.ROOT, "%.0fms", ms);
    }
}

package io.skillstudio.app.studio.run.results;

import io.skillstudio.evaluator.metrics.RunSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The summary panel's lines, from the run's {@link RunSummary} (the same figures {@code summary.json}
 * and {@code skillstudio eval} report) plus what the table adds (disagreements, model calls and tokens).
 * A figure that has no data reads "n/a", never 0.
 */
public record SummaryFigures(List<Map.Entry<String, String>> lines) {

    public static SummaryFigures of(RunSummary s, Collection<SampleRow> rows) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        add(out, "Skill", s.provenance().skillName() + " " + s.provenance().skillVersion());
        add(out, "Mode", s.mode().code());
        add(
                out,
                "Samples",
                s.samples()
                        + (s.malformedLines() > 0 ? " (+" + s.malformedLines() + " malformed lines)" : "")
                        + (s.cancelled() ? ", cancelled: " + s.notStarted() + " not started" : ""));
        add(out, "Status", s.status());
        add(out, "Scored", String.valueOf(s.scored()));
        add(out, "Partial", s.partial() + (s.partialByReason().isEmpty() ? "" : " " + s.partialByReason()));
        add(out, "Unscored", s.unscored() + (s.unscoredByReason().isEmpty() ? "" : " " + s.unscoredByReason()));
        add(out, "Compared with expected", String.valueOf(s.agreement().compared()));
        add(out, "Accuracy", percent(s.agreement().accuracy()));
        add(out, "MAE", number(s.agreement().meanAbsoluteError()));
        add(out, "Kendall tau-b", number(s.agreement().kendallTauB()));
        add(
                out,
                "Disagreements",
                String.valueOf(rows.stream().filter(SampleRow::disagrees).count()));
        add(out, "Skill mismatches", String.valueOf(s.skillMismatch()));
        if (s.positionConsistency() != null) {
            var p = s.positionConsistency();
            add(
                    out,
                    "Position consistency",
                    percent(p.rate()) + " (" + p.consistent() + " of " + p.pairs() + " pairs agree in both orders, "
                            + p.inconsistent() + " position_inconsistent)");
        }
        add(
                out,
                "Latency p50 / p99",
                s.latencyMs().count() == 0
                        ? "n/a"
                        : ms(s.latencyMs().p50()) + " / " + ms(s.latencyMs().p99()));
        add(out, "Throughput", String.format(Locale.ROOT, "%.1f samples/s", s.throughputPerSecond()));
        long calls = rows.stream().mapToLong(SampleRow::modelCalls).sum();
        long tokens = rows.stream().mapToLong(SampleRow::tokens).sum();
        add(out, "Model calls / tokens", calls + " / " + tokens);
        add(
                out,
                "Cost per reward",
                s.judgeCost() == null
                        ? "n/a (no model calls)"
                        : String.format(
                                Locale.ROOT,
                                "%.2f calls, %.0f tokens in, %.0f out",
                                s.judgeCost().perReward().modelCallsPerReward(),
                                s.judgeCost().perReward().tokensInPerReward(),
                                s.judgeCost().perReward().tokensOutPerReward()));
        return new SummaryFigures(List.copyOf(out));
    }

    /** The value of a line by its label, for tests and screen readers. */
    public String value(String label) {
        return lines.stream()
                .filter(e -> e.getKey().equals(label))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }

    private static void add(List<Map.Entry<String, String>> out, String k, String v) {
        out.add(Map.entry(k, v));
    }

    private static String percent(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String number(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.1f ms", v);
    }
}

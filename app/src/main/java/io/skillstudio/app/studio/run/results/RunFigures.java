package io.skillstudio.app.studio.run.results;

import io.skillstudio.evaluator.metrics.RunSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Everything the summary and the charts show of a run, computed in one go off the FX thread: over
 * thousands of rows the counting, formatting and binning (and their first-use class loading) took the
 * FX thread tens of milliseconds when a run ended, so only this compact result is handed to it.
 */
public record RunFigures(
        SummaryFigures summary,
        List<ChartData.Bin> histogram,
        List<ChartData.Point> scatter,
        List<ChartData.Bin> latency) {

    /** How many bars the latency chart has. */
    public static final int LATENCY_BINS = 12;

    /** No run shown: no summary, empty charts. */
    public static final RunFigures NONE = new RunFigures(null, List.of(), List.of(), List.of());

    public static RunFigures of(RunSummary summary, Collection<SampleRow> rows) {
        return new RunFigures(
                SummaryFigures.of(summary, rows),
                ChartData.scoreHistogram(rows),
                ChartData.expectedVsActual(rows),
                ChartData.latencyDistribution(rows, LATENCY_BINS));
    }

    /** The summary says why the figures are missing; the charts stay empty rather than show made-up counts. */
    public static RunFigures failed(String why) {
        return new RunFigures(
                new SummaryFigures(List.of(Map.entry("Summary", "could not be computed: " + why))),
                List.of(),
                List.of(),
                List.of());
    }
}

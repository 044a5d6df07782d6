package io.skillstudio.app.studio.run.results;

import io.skillstudio.app.studio.run.LoadedRun;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The results tool window's state: the rows under the chosen filter, the selected row, and the summary
 * and chart figures of the shown run (computed when a run is shown, not on every row of a live run).
 */
public final class ResultsViewModel {

    private final ObservableList<SampleRow> rows;
    private final FilteredList<SampleRow> visible;
    private final ObjectProperty<RowFilter> filter = new SimpleObjectProperty<>(this, "filter", RowFilter.ALL);
    private final ObjectProperty<SampleRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<SummaryFigures> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<List<ChartData.Bin>> histogram = new ReadOnlyObjectWrapper<>(this, "histogram", List.of());
    private final ReadOnlyObjectWrapper<List<ChartData.Point>> scatter = new ReadOnlyObjectWrapper<>(this, "scatter", List.of());
    private final ReadOnlyObjectWrapper<List<ChartData.Bin>> latency = new ReadOnlyObjectWrapper<>(this, "latency", List.of());

    /** How many bars the latency chart has. */
    public static final int LATENCY_BINS = 12;

    public ResultsViewModel(ObservableList<SampleRow> rows, ObservableValue<LoadedRun> run) {
        this.rows = rows;
        this.visible = new FilteredList<>(rows, filter.get()::test);
        filter.addListener((obs, old, f) -> visible.setPredicate(f == null ? r -> true : f::test));
        run.addListener((obs, old, r) -> refresh(r));
        refresh(run.getValue());
    }

    public ObservableList<SampleRow> visibleRows() {
        return visible;
    }

    public ObjectProperty<RowFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<SampleRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<SummaryFigures> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ChartData.Bin>> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ChartData.Point>> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ChartData.Bin>> latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    private void refresh(LoadedRun run) {
        selected.set(null);
        if (run == null) {
            summary.set(null);
            histogram.set(List.of());
            scatter.set(List.of());
            latency.set(List.of());
            return;
        }
        List<SampleRow> all = List.copyOf(rows);
        summary.set(SummaryFigures.of(run.summary(), all));
        histogram.set(ChartData.scoreHistogram(all));
        scatter.set(ChartData.expectedVsActual(all));
        latency.set(ChartData.latencyDistribution(all, LATENCY_BINS));
    }
}

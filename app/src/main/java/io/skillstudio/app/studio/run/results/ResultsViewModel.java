package io.skillstudio.app.studio.run.results;

import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.app.studio.concurrent.TaskExecutor;
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
 * and chart figures of the shown run. The figures are computed when a run is shown, not on every row of a
 * live run, and on the task executor: the FX thread only receives the finished {@link RunFigures}.
 */
public final class ResultsViewModel {

    private final ObservableList<SampleRow> rows;
    private final FilteredList<SampleRow> visible;
    private final ObjectProperty<RowFilter> filter = new SimpleObjectProperty<>(this, "filter", RowFilter.ALL);
    private final ObjectProperty<SampleRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<RunFigures> figures =
            new ReadOnlyObjectWrapper<>(this, "figures", RunFigures.NONE);
    private final ReadOnlyObjectWrapper<SummaryFigures> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<List<ChartData.Bin>> histogram =
            new ReadOnlyObjectWrapper<>(this, "histogram", List.of());
    private final ReadOnlyObjectWrapper<List<ChartData.Point>> scatter =
            new ReadOnlyObjectWrapper<>(this, "scatter", List.of());
    private final ReadOnlyObjectWrapper<List<ChartData.Bin>> latency =
            new ReadOnlyObjectWrapper<>(this, "latency", List.of());

    /** How many bars the latency chart has. */
    public static final int LATENCY_BINS = RunFigures.LATENCY_BINS;

    private final TaskExecutor executor;
    private int generation;

    /** Figures computed at once on the calling thread (tests without a toolkit). */
    public ResultsViewModel(ObservableList<SampleRow> rows, ObservableValue<LoadedRun> run) {
        this(rows, run, new CurrentThreadTaskExecutor());
    }

    /** @param executor where the summary and chart figures of a shown run are computed */
    public ResultsViewModel(ObservableList<SampleRow> rows, ObservableValue<LoadedRun> run, TaskExecutor executor) {
        this.rows = rows;
        this.executor = executor;
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

    /** The summary and chart figures of the shown run, replaced in one piece when they are ready. */
    public ReadOnlyObjectProperty<RunFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
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

    // The rows of the run are in place when the run changes (RunViewModel sets them first); a run shown
    // while the figures of the one before are still being computed wins.
    private void refresh(LoadedRun run) {
        selected.set(null);
        int mine = ++generation;
        if (run == null) {
            apply(RunFigures.NONE);
            return;
        }
        List<SampleRow> all = List.copyOf(rows);
        executor.submit(
                "Summarising the run",
                p -> RunFigures.of(run.summary(), all),
                figures -> {
                    if (mine == generation) {
                        apply(figures);
                    }
                },
                e -> {
                    if (mine == generation) {
                        apply(RunFigures.failed(String.valueOf(e.getMessage())));
                    }
                });
    }

    private void apply(RunFigures f) {
        summary.set(f.summary());
        histogram.set(f.histogram());
        scatter.set(f.scatter());
        latency.set(f.latency());
        figures.set(f);
    }
}

package io.skillstudio.app.studio.run.results;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The results table: one sortable row per sample, a filter, and "Run this sample again" on each row. */
public final class ResultsView extends BorderPane {

    private final TableView<SampleRow> table = new TableView<>();

    /** @param runSample runs one sample again, by id */
    public ResultsView(ResultsViewModel vm, Consumer<String> runSample) {
        setId("resultsView");
        table.setId("resultsTable");
        SortedList<SampleRow> sorted = new SortedList<>(vm.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(text("Sample", SampleRow::sampleId, 90));
        table.getColumns()
                .add(number(
                        "Score / verdict",
                        r -> r.score() != null ? (Comparable) r.score() : r.result(),
                        r -> r.result(),
                        110));
        table.getColumns().add(text("Expected", SampleRow::expected, 80));
        table.getColumns()
                .add(number(
                        "Difference",
                        r -> r.difference() != null
                                ? r.difference()
                                : r.match() != null ? (r.match() ? 0.0 : 1.0) : null,
                        ResultsView::differenceText,
                        85));
        table.getColumns().add(text("Status", r -> r.status().label(), 75));
        table.getColumns().add(text("Reason", r -> r.reason(), 140));
        table.getColumns()
                .add(number(
                        "Latency ms",
                        SampleRow::latencyMs,
                        r -> String.format(Locale.ROOT, "%.1f", r.latencyMs()),
                        85));
        table.getColumns().add(number("Model calls", SampleRow::modelCalls, r -> String.valueOf(r.modelCalls()), 85));
        table.getColumns().add(number("Tokens", SampleRow::tokens, r -> String.valueOf(r.tokens()), 75));
        table.getColumns().add(text("Skill mismatch", SampleRow::expectedSkill, 160));
        // One menu for all rows, shown for the row that was right-clicked: a ContextMenu is a popup window,
        // and building one per row made the first rows of a run cost the FX thread tens of milliseconds.
        MenuItem again = new MenuItem("Run this sample again");
        again.setId("runSampleAgain");
        ContextMenu rowMenu = new ContextMenu(again);
        table.setRowFactory(t -> {
            TableRow<SampleRow> row = new TableRow<>();
            row.setOnContextMenuRequested(e -> {
                SampleRow item = row.getItem();
                if (item != null) {
                    again.setOnAction(a -> runSample.accept(item.sampleId()));
                    rowMenu.show(row, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
            return row;
        });
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, r) -> vm.selectedProperty().set(r));
        table.setPlaceholder(new Label("No results yet: Run (Shift+F10), or File › Open run…"));

        ChoiceBox<RowFilter> filter = new ChoiceBox<>();
        filter.setId("resultsFilter");
        filter.getItems().setAll(RowFilter.values());
        filter.valueProperty().bindBidirectional(vm.filterProperty());
        Label count = new Label();
        count.textProperty().bind(Bindings.size(vm.visibleRows()).asString("%d rows"));
        HBox bar = new HBox(8, new Label("Show"), filter, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        setTop(bar);
        setCenter(table);
    }

    public TableView<SampleRow> table() {
        return table;
    }

    private static String differenceText(SampleRow r) {
        if (r.difference() != null) {
            // Expected values are written with 4 decimals, so differences below the shown precision read 0.
            return Math.abs(r.difference()) < 0.0005 ? "0.000" : String.format(Locale.ROOT, "%+.3f", r.difference());
        }
        return r.match() == null ? "" : r.match() ? "match" : "differs";
    }

    private static TableColumn<SampleRow, String> text(String title, Function<SampleRow, String> value, double width) {
        TableColumn<SampleRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A column that sorts by a value (nulls first) and shows a formatted text. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static TableColumn<SampleRow, SampleRow> number(
            String title,
            Function<SampleRow, ? extends Comparable> key,
            Function<SampleRow, String> shown,
            double width) {
        TableColumn<SampleRow, SampleRow> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setComparator((a, b) -> {
            Comparable x = key.apply(a);
            Comparable y = key.apply(b);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : -1) : 1;
            }
            if (x.getClass() != y.getClass()) {
                return x.getClass().getName().compareTo(y.getClass().getName());
            }
            return x.compareTo(y);
        });
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(SampleRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : shown.apply(r));
            }
        });
        c.setPrefWidth(width);
        return c;
    }
}

package io.skillstudio.app.studio.run;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The kept runs of every package, newest first; double-click or Open shows one. */
public final class RunsView extends BorderPane {

    public RunsView(RunViewModel vm) {
        setId("runsView");
        TableView<RunStore.RunEntry> table = new TableView<>(vm.keptRuns());
        table.setId("runsTable");
        table.getColumns().add(column("Skill", RunStore.RunEntry::skill, 160));
        table.getColumns().add(column("Run (UTC)", RunStore.RunEntry::folder, 170));
        table.getColumns().add(column("Mode", RunStore.RunEntry::mode, 80));
        table.getColumns().add(column("Samples", e -> e.samples() < 0 ? "" : String.valueOf(e.samples()), 70));
        table.getColumns().add(column("Sample set", RunStore.RunEntry::sampleSet, 320));
        table.setPlaceholder(
                new Label("No kept runs yet. Runs are kept in " + vm.store().root()));
        table.setRowFactory(t -> {
            var row = new TableRow<RunStore.RunEntry>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    vm.open(row.getItem().dir());
                }
            });
            return row;
        });
        Button open = new Button("Open");
        open.setId("openKeptRun");
        open.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(
                e -> vm.open(table.getSelectionModel().getSelectedItem().dir()));
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> vm.refreshKeptRuns());
        Button other = new Button("Open run folder or traces.jsonl…");
        other.setOnAction(e -> vm.chooseAndOpen());
        HBox bar = new HBox(8, open, refresh, other);
        bar.setPadding(new Insets(4));
        setTop(bar);
        setCenter(table);
    }

    private static TableColumn<RunStore.RunEntry, String> column(
            String title, Function<RunStore.RunEntry, String> v, double width) {
        TableColumn<RunStore.RunEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(v.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}

package io.skillstudio.app.studio.versions;

import io.skillstudio.model.versioning.history.HistoryEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/** The History tool window: the package's commits (newest first) with their tags, and what to compare. */
final class HistoryPane extends BorderPane {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final TableView<HistoryEntry> table = new TableView<>();

    HistoryPane(VersionsViewModel vm, Runnable showDiff, Runnable showDrift) {
        setId("historyPane");
        table.setId("historyTable");
        table.setItems(vm.history());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(Columns.text("Commit", e -> e.shortId(), 90));
        table.getColumns().add(Columns.text("Tags", e -> String.join(", ", e.tags()), 240));
        table.getColumns().add(Columns.text("Message", HistoryEntry::summary, 420));
        table.getColumns().add(Columns.text("Author", HistoryEntry::author, 120));
        table.getColumns().add(Columns.text("Date", e -> WHEN.format(e.time()), 150));
        table.setPlaceholder(new Label("No commits touch this package yet"));

        Button refresh = new Button("Refresh");
        refresh.setId("historyRefresh");
        refresh.setOnAction(e -> vm.refreshHistory());
        Button diff = new Button("Diff selected");
        diff.setId("historyDiff");
        diff.setTooltip(new Tooltip("Two commits: older against newer. One commit: against the working copy."));
        diff.setOnAction(e -> compare(vm::diff, showDiff));
        Button runs = new Button("Compare runs…");
        runs.setId("historyCompareRuns");
        runs.setOnAction(e -> compare(vm::compareRuns, showDrift));
        var none = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        var many = Bindings.size(table.getSelectionModel().getSelectedItems()).greaterThan(2);
        diff.disableProperty().bind(none.or(many));
        runs.disableProperty().bind(none.or(many));
        setTop(new ToolBar(refresh, diff, runs));
        setCenter(table);
    }

    /** One selected entry against the working copy, or the older of two against the newer. */
    private void compare(BiConsumer<String, String> op, Runnable show) {
        List<HistoryEntry> sel = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (sel.isEmpty()) {
            return;
        }
        List<HistoryEntry> all = table.getItems();
        if (sel.size() == 1) {
            op.accept(sel.get(0).id(), null);
        } else {
            HistoryEntry a = sel.get(0);
            HistoryEntry b = sel.get(1);
            boolean aOlder = all.indexOf(a) > all.indexOf(b);
            op.accept((aOlder ? a : b).id(), (aOlder ? b : a).id());
        }
        show.run();
    }
}

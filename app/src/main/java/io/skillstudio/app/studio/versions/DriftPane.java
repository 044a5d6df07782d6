package io.skillstudio.app.studio.versions;

import io.skillstudio.evaluator.versions.DriftReport;
import io.skillstudio.evaluator.versions.DriftSummary;
import io.skillstudio.evaluator.versions.ItemFlip;
import io.skillstudio.evaluator.versions.SampleDrift;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * "Compare runs of two versions": one row per changed sample (score or verdict before and after, the
 * shift) and, for the selected row, the checklist items that flipped; a row opens both of its traces side
 * by side in the trace viewer.
 */
final class DriftPane extends BorderPane {

    DriftPane(VersionsViewModel vm) {
        setId("driftPane");
        Label summary = new Label("Select one or two commits in History and press Compare runs…");
        summary.setId("driftSummary");
        summary.getStyleClass().add("tool-window-title");
        summary.setWrapText(true);

        TableView<SampleDrift> rows = new TableView<>();
        rows.setId("driftTable");
        rows.getColumns().add(Columns.text("Sample", SampleDrift::sampleId, 110));
        rows.getColumns().add(Columns.text("Before", s -> SampleDrift.show(s.before()), 150));
        rows.getColumns().add(Columns.text("After", s -> SampleDrift.show(s.after()), 150));
        rows.getColumns()
                .add(Columns.text(
                        "Shift", s -> s.shift() == null ? "-" : String.format(Locale.ROOT, "%+.3f", s.shift()), 80));
        rows.getColumns()
                .add(Columns.text("Verdict", s -> s.verdictFlip() ? "flipped" : s.statusChange() ? "status" : "", 80));
        rows.getColumns()
                .add(Columns.text(
                        "Items flipped", s -> Integer.toString(s.itemFlips().size()), 100));
        rows.setPlaceholder(new Label("No sample changed"));

        TableView<ItemFlip> flips = new TableView<>();
        flips.setId("driftFlips");
        flips.getColumns().add(Columns.text("Response", f -> Integer.toString(f.response()), 80));
        flips.getColumns().add(Columns.text("Item", ItemFlip::item, 220));
        flips.getColumns().add(Columns.text("Before", ItemFlip::before, 160));
        flips.getColumns().add(Columns.text("After", ItemFlip::after, 160));
        flips.setPlaceholder(new Label("Select a sample to see which checklist items flipped"));

        rows.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, old, s) -> vm.selectedDriftProperty().set(s));
        // A row opens both of its traces side by side: double-click, Enter, the context menu or the button.
        rows.setRowFactory(t -> {
            TableRow<SampleDrift> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.openTraces();
                }
            });
            return row;
        });
        rows.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.canOpenTraces()) {
                vm.openTraces();
                e.consume();
            }
        });
        MenuItem openItem = new MenuItem("Open traces side by side");
        openItem.setId("driftOpenTracesItem");
        openItem.setOnAction(e -> vm.openTraces());
        rows.setContextMenu(new ContextMenu(openItem));
        Button open = new Button("Open traces side by side");
        open.setId("driftOpenTraces");
        open.setTooltip(
                new Tooltip("The older version's trace on the left, the newer's on the right, in the Run window's"
                        + " trace viewer (also: double-click or Enter on a row)"));
        open.setOnAction(e -> vm.openTraces());
        open.disableProperty().bind(vm.selectedDriftProperty().isNull());
        openItem.disableProperty().bind(open.disableProperty());
        CheckBox judge = new CheckBox("Model judge");
        judge.setId("driftUseJudge");
        judge.selectedProperty().bindBidirectional(vm.useJudgeProperty());
        judge.setOnMouseEntered(e -> judge.setTooltip(
                new Tooltip("Judge model items with " + vm.judgeDescription() + " (the next Compare runs)")));
        vm.selectedDriftProperty()
                .addListener((o, old, s) -> flips.getItems().setAll(s == null ? List.of() : s.itemFlips()));
        vm.driftProperty().addListener((o, old, r) -> {
            rows.getItems().setAll(r == null ? List.of() : r.changed());
            summary.setText(r == null ? "" : describe(r));
            if (!rows.getItems().isEmpty()) {
                rows.getSelectionModel().select(0);
            }
        });

        SplitPane split = new SplitPane(rows, flips);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setTop(new VBox(summary, new ToolBar(open, judge)));
        setCenter(split);
    }

    static String describe(DriftReport r) {
        DriftSummary s = r.summary();
        String shift = s.meanShift() == null
                ? ""
                : String.format(
                        Locale.ROOT,
                        "; mean shift %+.4f, mean |shift| %.4f, largest %+.4f (%s)",
                        s.meanShift(),
                        s.meanAbsShift(),
                        s.largestShift(),
                        s.largestShiftSample());
        return Revisions.label(r.from()) + "  →  " + Revisions.label(r.to()) + " (" + r.mode() + "): " + s.changed()
                + " of " + s.samples()
                + " sample(s) changed, " + s.verdictFlips() + " verdict flip(s), " + s.itemFlips() + " item flip(s)"
                + shift
                + (s.notComparedCount() == 0
                        ? ""
                        : "; " + s.notComparedCount() + " unscored in both versions, not compared " + s.notCompared());
    }
}

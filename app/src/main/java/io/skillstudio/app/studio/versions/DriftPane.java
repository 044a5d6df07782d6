package io.skillstudio.app.studio.versions;

import io.skillstudio.evaluator.versions.DriftReport;
import io.skillstudio.evaluator.versions.DriftSummary;
import io.skillstudio.evaluator.versions.ItemFlip;
import io.skillstudio.evaluator.versions.SampleDrift;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/**
 * "Compare runs of two versions": one row per changed sample (score or verdict before and after, the
 * shift) and, for the selected row, the checklist items that flipped.
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
        rows.getColumns().add(Columns.text("Shift", s -> s.shift() == null ? "-" : String.format(Locale.ROOT, "%+.3f", s.shift()), 80));
        rows.getColumns().add(Columns.text("Verdict", s -> s.verdictFlip() ? "flipped" : s.statusChange() ? "status" : "", 80));
        rows.getColumns().add(Columns.text("Items flipped", s -> Integer.toString(s.itemFlips().size()), 100));
        rows.setPlaceholder(new Label("No sample changed"));

        TableView<ItemFlip> flips = new TableView<>();
        flips.setId("driftFlips");
        flips.getColumns().add(Columns.text("Response", f -> Integer.toString(f.response()), 80));
        flips.getColumns().add(Columns.text("Item", ItemFlip::item, 220));
        flips.getColumns().add(Columns.text("Before", ItemFlip::before, 160));
        flips.getColumns().add(Columns.text("After", ItemFlip::after, 160));
        flips.setPlaceholder(new Label("Select a sample to see which checklist items flipped"));

        rows.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> vm.selectedDriftProperty().set(s));
        vm.selectedDriftProperty().addListener((o, old, s) -> flips.getItems().setAll(
                s == null ? java.util.List.of() : s.itemFlips()));
        vm.driftProperty().addListener((o, old, r) -> {
            rows.getItems().setAll(r == null ? java.util.List.of() : r.changed());
            summary.setText(r == null ? "" : describe(r));
            if (!rows.getItems().isEmpty()) {
                rows.getSelectionModel().select(0);
            }
        });

        SplitPane split = new SplitPane(rows, flips);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setTop(summary);
        setCenter(split);
    }

    static String describe(DriftReport r) {
        DriftSummary s = r.summary();
        String shift = s.meanShift() == null ? "" : String.format(Locale.ROOT,
                "; mean shift %+.4f, mean |shift| %.4f, largest %+.4f (%s)", s.meanShift(), s.meanAbsShift(),
                s.largestShift(), s.largestShiftSample());
        return Revisions.label(r.from()) + "  →  " + Revisions.label(r.to()) + " (" + r.mode() + "): " + s.changed() + " of " + s.samples()
                + " sample(s) changed, " + s.verdictFlips() + " verdict flip(s), " + s.itemFlips() + " item flip(s)"
                + shift;
    }


}

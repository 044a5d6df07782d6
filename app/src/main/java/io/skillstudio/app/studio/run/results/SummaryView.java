package io.skillstudio.app.studio.run.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;

/**
 * The run summary: counts by status, agreement, latency, tokens and cost. Redrawn only while shown
 * ({@link WhenShown}); a run with the same lines as the last one updates the texts of the labels in place.
 */
public final class SummaryView extends ScrollPane {

    private final GridPane grid = new GridPane();
    private final List<String> keys = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();

    /** @param shown whether the view can be seen (its tab is selected) */
    public SummaryView(ResultsViewModel vm, ObservableValue<Boolean> shown) {
        setId("summaryView");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        setContent(grid);
        setFitToWidth(true);
        WhenShown.redraw(
                shown, vm.summaryProperty(), () -> show(vm.summaryProperty().get()));
    }

    private void show(SummaryFigures f) {
        List<String> now = f == null
                ? List.of()
                : f.lines().stream().map(Map.Entry::getKey).toList();
        if (f != null && now.equals(keys)) {
            for (int i = 0; i < values.size(); i++) {
                values.get(i).setText(f.lines().get(i).getValue());
            }
            return;
        }
        grid.getChildren().clear();
        keys.clear();
        values.clear();
        if (f == null) {
            grid.add(new Label("No run yet."), 0, 0);
            return;
        }
        int row = 0;
        for (Map.Entry<String, String> line : f.lines()) {
            Label k = new Label(line.getKey());
            k.getStyleClass().add("detail-key");
            Label v = new Label(line.getValue());
            v.setId("summary-" + line.getKey().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT));
            v.setWrapText(true);
            grid.addRow(row++, k, v);
            keys.add(line.getKey());
            values.add(v);
        }
    }
}

package io.skillstudio.app.studio.run.results;

import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;

/** The run summary: counts by status, agreement, latency, tokens and cost. */
public final class SummaryView extends ScrollPane {

    private final GridPane grid = new GridPane();

    public SummaryView(ResultsViewModel vm) {
        setId("summaryView");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        setContent(grid);
        setFitToWidth(true);
        vm.summaryProperty().addListener((obs, old, f) -> show(f));
        show(vm.summaryProperty().get());
    }

    private void show(SummaryFigures f) {
        grid.getChildren().clear();
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
        }
    }
}

package io.skillstudio.app.studio.samples;

import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Try a response" pane: prompt and response on the left, score and item results on the right. */
public final class TryResponseView extends SplitPane {

    /** Scoring starts once typing pauses this long, so each keystroke does not start an evaluation. */
    private static final Duration PAUSE = Duration.millis(300);

    public TryResponseView(TryResponseViewModel vm) {
        setId("tryResponse");
        setOrientation(Orientation.HORIZONTAL);
        TextArea prompt = area("tryPrompt", "Prompt (optional)", 2);
        prompt.textProperty().bindBidirectional(vm.promptProperty());
        TextArea response = area("tryResponseText", "Type or paste a response: it is scored with the open package", 5);
        response.textProperty().bindBidirectional(vm.responseProperty());
        VBox inputs = new VBox(4, prompt, response);
        VBox.setVgrow(response, Priority.ALWAYS);
        inputs.setPadding(new Insets(4));

        PauseTransition idle = new PauseTransition(PAUSE);
        idle.setOnFinished(e -> vm.score());
        prompt.textProperty().addListener((obs, old, now) -> idle.playFromStart());
        response.textProperty().addListener((obs, old, now) -> idle.playFromStart());

        Label score = new Label();
        score.setId("tryScore");
        score.getStyleClass().add("title-3");
        score.textProperty().bind(vm.scoreProperty());
        Label status = new Label();
        status.setId("tryStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Button again = new Button("Score again", new FontIcon(Feather.PLAY));
        again.setId("tryScoreButton");
        again.setOnAction(e -> vm.score());
        HBox head = new HBox(10, score, status, again);
        head.setPadding(new Insets(4));

        TableView<TryResponseViewModel.ItemResult> items = new TableView<>(vm.items());
        items.setId("tryItems");
        items.getStyleClass().add("dense");
        items.setPlaceholder(new Label("No checklist items"));
        items.getColumns().add(column("Item", 130, TryResponseViewModel.ItemResult::id));
        items.getColumns().add(column("Result", 110, TryResponseViewModel.ItemResult::result));
        items.getColumns().add(column("Severity", 70, TryResponseViewModel.ItemResult::severity));
        items.getColumns().add(column("Verifier", 170, TryResponseViewModel.ItemResult::verifier));
        items.getColumns().add(column("Explanation", 300, TryResponseViewModel.ItemResult::explanation));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        BorderPane results = new BorderPane(items);
        results.setTop(head);
        getItems().addAll(inputs, results);
        setDividerPositions(0.32);
    }

    private static TextArea area(String id, String prompt, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPromptText(prompt);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }

    private static TableColumn<TryResponseViewModel.ItemResult, String> column(
            String title, double width, Function<TryResponseViewModel.ItemResult, String> value) {
        TableColumn<TryResponseViewModel.ItemResult, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}

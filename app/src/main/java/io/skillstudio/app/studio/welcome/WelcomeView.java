package io.skillstudio.app.studio.welcome;

import io.skillstudio.app.studio.actions.ActionRegistry;
import io.skillstudio.app.studio.actions.StudioAction;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The welcome screen: the start actions on the left, recent packages on the right. */
public final class WelcomeView extends HBox {

    public WelcomeView(ActionRegistry registry, ObservableList<String> recent, Consumer<Path> openRecent) {
        setId("welcome");
        getStyleClass().add("welcome");
        setPadding(new Insets(40));
        setSpacing(40);
        Label title = new Label("Skill Studio");
        title.getStyleClass().add("welcome-title");
        Label subtitle = new Label("Author, validate and export Skill-RM reward-evaluation skills.");
        VBox actions = new VBox(
                10,
                title,
                subtitle,
                start(registry, StudioAction.NEW_SKILL, "welcomeNewSkill"),
                start(registry, StudioAction.OPEN, "welcomeOpen"),
                start(registry, StudioAction.IMPORT_BUNDLE, "welcomeImport"));
        actions.setMinWidth(320);

        ListView<String> list = new ListView<>(recent);
        list.setId("recentList");
        list.setPlaceholder(new Label("No recent packages"));
        list.setOnMouseClicked(e -> {
            String s = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && s != null) {
                openRecent.accept(Path.of(s));
            }
        });
        list.setOnKeyPressed(e -> {
            String s = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && s != null) {
                openRecent.accept(Path.of(s));
            }
        });
        Label recentTitle = new Label("Recent packages", new FontIcon(Feather.CLOCK));
        recentTitle.getStyleClass().add("title-4");
        VBox right = new VBox(8, recentTitle, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(actions, right);
        setAlignment(Pos.TOP_LEFT);
    }

    private static Button start(ActionRegistry registry, StudioAction action, String id) {
        Button b = new Button(action.text(), new FontIcon(action.icon()));
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().add("large");
        b.setOnAction(e -> registry.execute(action));
        return b;
    }
}

package io.skillstudio.app.studio.actions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** Find Action (Ctrl+Shift+A): type part of an action's name, Enter runs it. */
public final class FindActionPopup extends Popup {

    private final ActionRegistry registry;
    private final TextField query = new TextField();
    private final ListView<StudioAction> list = new ListView<>();
    private final VBox box;

    public FindActionPopup(ActionRegistry registry) {
        this.registry = registry;
        query.setId("findActionField");
        query.setPromptText("Type an action name");
        list.setId("findActionList");
        list.setPrefSize(460, 300);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(StudioAction a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String key = registry.keys()
                        .combination(a)
                        .map(k -> "    " + k.getDisplayText())
                        .orElse("");
                setText(a.category() + " › " + a.text() + key);
                setGraphic(new FontIcon(a.icon()));
            }
        });
        box = new VBox(6, new Label("Find action"), query, list);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("find-action");
        getContent().add(box);
        setAutoHide(true);
        query.textProperty().addListener((obs, old, now) -> filter(now));
        // Every key handled here is consumed: a popup passes unconsumed keys on to its owner window, so
        // Enter would also reach the editor underneath and type a newline into the file.
        query.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                e.consume();
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
            } else {
                commonKeys(e);
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::commonKeys);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                runSelected();
            }
        });
        filter("");
    }

    /** Actions whose text, id or category contain every word of {@code q}. */
    public static List<StudioAction> matching(String q) {
        String[] words = q.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return Arrays.stream(StudioAction.values())
                .filter(a -> {
                    String hay = (a.text() + " " + a.id() + " " + a.category()).toLowerCase(Locale.ROOT);
                    return Arrays.stream(words).allMatch(hay::contains);
                })
                .toList();
    }

    private void commonKeys(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            runSelected();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            hide();
        }
    }

    private void filter(String q) {
        list.getItems().setAll(matching(q));
        list.getSelectionModel().selectFirst();
    }

    private void runSelected() {
        StudioAction a = list.getSelectionModel().getSelectedItem();
        hide();
        if (a != null) {
            registry.execute(a);
        }
    }

    public void showOver(Window owner) {
        // A Popup has its own scene: without the window's stylesheets and theme class its frame stayed
        // white in the dark theme.
        getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        getScene().getRoot().getStyleClass().setAll(owner.getScene().getRoot().getStyleClass());
        // Looked-up colours cached from the theme the pop-up was first shown in are recomputed only when
        // the node's classes change: re-adding its own class paints it in the current theme.
        box.getStyleClass().remove("find-action");
        box.getStyleClass().add("find-action");
        query.clear();
        show(owner, owner.getX() + owner.getWidth() / 2 - 240, owner.getY() + 120);
        query.requestFocus();
    }
}

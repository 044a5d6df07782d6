package io.skillstudio.app.studio.trace.details;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The common layout of a step's detail view: a title, key/value rows, and blocks of exact text. */
class DetailPane extends VBox {

    private final GridPane grid = new GridPane();

    DetailPane(String title) {
        setSpacing(6);
        setPadding(new Insets(8));
        Label t = new Label(title);
        t.getStyleClass().add("detail-title");
        t.setWrapText(true);
        grid.setHgap(12);
        grid.setVgap(3);
        getChildren().addAll(t, grid);
    }

    DetailPane row(String key, Object value) {
        Label k = new Label(key);
        k.getStyleClass().add("detail-key");
        Label v = new Label(value == null ? "—" : String.valueOf(value));
        v.setWrapText(true);
        int r = grid.getRowCount();
        grid.addRow(r, k, v);
        return this;
    }

    /** A read-only block of text, shown exactly (messages, replies, tool results). */
    DetailPane text(String caption, String text, String id) {
        Label c = new Label(caption);
        c.getStyleClass().add("detail-key");
        TextArea area = new TextArea(text == null ? "" : text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(12, Math.max(2, area.getText().split("\n", -1).length)));
        if (id != null) {
            area.setId(id);
        }
        VBox.setVgrow(area, Priority.SOMETIMES);
        getChildren().addAll(c, area);
        return this;
    }

    /** Puts a node right under the title, above the key/value rows. */
    DetailPane lead(Node n) {
        getChildren().add(1, n);
        return this;
    }

    DetailPane node(Node n) {
        getChildren().add(n);
        return this;
    }
}

package io.skillstudio.app.studio.editor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/** Find (Ctrl+F) and replace (Ctrl+R) over one code area, IntelliJ-style above the text. */
public final class FindBar extends VBox {

    private final CodeArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label status = new Label();
    private final HBox replaceRow;

    public FindBar(CodeArea area) {
        this.area = area;
        getStyleClass().add("find-bar");
        setPadding(new Insets(4, 8, 4, 8));
        setSpacing(4);
        find.setId("findField");
        find.setPromptText("Find");
        replace.setId("replaceField");
        replace.setPromptText("Replace with");
        Button next = new Button("Next");
        next.setOnAction(e -> findNext());
        Button close = new Button("Close");
        close.setOnAction(e -> hide());
        Button one = new Button("Replace");
        one.setOnAction(e -> replaceOne());
        Button all = new Button("Replace all");
        all.setId("replaceAllButton");
        all.setOnAction(e -> replaceAll());
        HBox findRow = new HBox(6, find, next, matchCase, status, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow = new HBox(6, replace, one, all);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow);
        find.setOnAction(e -> findNext());
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        hide();
    }

    public void show(boolean withReplace) {
        setVisible(true);
        setManaged(true);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        if (!area.getSelectedText().isEmpty() && !area.getSelectedText().contains("\n")) {
            find.setText(area.getSelectedText());
        }
        find.requestFocus();
        find.selectAll();
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    public boolean findNext() {
        String needle = find.getText();
        if (needle.isEmpty()) {
            return false;
        }
        int at = TextSearch.indexOf(area.getText(), needle, area.getSelection().getEnd(), matchCase.isSelected());
        if (at < 0) {
            at = TextSearch.indexOf(area.getText(), needle, 0, matchCase.isSelected());
        }
        if (at < 0) {
            status.setText("No matches");
            return false;
        }
        status.setText("");
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
        return true;
    }

    private void replaceOne() {
        String sel = area.getSelectedText();
        boolean selectedMatch =
                matchCase.isSelected() ? sel.equals(find.getText()) : sel.equalsIgnoreCase(find.getText());
        if (!sel.isEmpty() && selectedMatch) {
            area.replaceSelection(replace.getText());
        }
        findNext();
    }

    private void replaceAll() {
        if (find.getText().isEmpty()) {
            return;
        }
        TextSearch.Result r =
                TextSearch.replaceAll(area.getText(), find.getText(), replace.getText(), matchCase.isSelected());
        if (r.count() > 0) {
            // One replace keeps it a single undo step.
            area.replaceText(r.text());
        }
        status.setText(r.count() + " replaced");
    }
}

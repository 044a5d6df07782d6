package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.editor.FileType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/** The Outline tool window: headings of a Markdown file, top-level keys of YAML; click jumps there. */
final class OutlineToolWindow extends ListView<OutlineToolWindow.Item> {

    /** One outline entry at a 1-based line. */
    record Item(String title, int line) {
        @Override
        public String toString() {
            return title;
        }
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]+(.*)$", Pattern.MULTILINE);
    private static final Pattern YAML_KEY = Pattern.compile("^([A-Za-z_][\\w.\\-]*):", Pattern.MULTILINE);

    OutlineToolWindow(ObjectProperty<Document> selected, ObservableValue<?> refresh) {
        setId("outlineToolWindow");
        setPlaceholder(new Label("No outline"));
        selected.addListener((obs, old, d) -> show(d));
        refresh.addListener((obs, old, now) -> show(selected.get()));
        setOnMouseClicked(e -> {
            Item it = getSelectionModel().getSelectedItem();
            Document d = selected.get();
            if (it != null && d != null) {
                d.revealRequestProperty().set(new Document.Position(it.line(), 1));
            }
        });
    }

    private void show(Document d) {
        getItems().setAll(d == null ? List.of() : outline(d.text(), d.type()));
    }

    static List<Item> outline(String text, FileType type) {
        List<Item> out = new ArrayList<>();
        Pattern p = type == FileType.MARKDOWN ? HEADING : type == FileType.YAML ? YAML_KEY : null;
        if (p == null) {
            return out;
        }
        Matcher m = p.matcher(text);
        while (m.find() && out.size() < 500) {
            int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            String title = type == FileType.MARKDOWN ? "  ".repeat(m.group(1).length() - 1) + m.group(2) : m.group(1);
            out.add(new Item(title, line));
        }
        return out;
    }
}

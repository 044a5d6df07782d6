package io.skillstudio.app.studio.outline;

import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.editor.FileType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The outline of the selected document: Markdown headings as commonmark parses them (so a {@code #}
 * line inside a code fence is no heading, and the frontmatter is no setext heading), top-level keys of
 * YAML. Selecting an entry moves the document's caret there.
 */
public final class OutlineViewModel {

    /** One outline entry at a 1-based line; {@code level} 1 for top level. */
    public record Item(String title, int level, int line) {
        @Override
        public String toString() {
            return "  ".repeat(level - 1) + title;
        }
    }

    private static final int MAX_ITEMS = 500;
    private static final Pattern YAML_KEY = Pattern.compile("^([A-Za-z_][\\w.\\-]*):", Pattern.MULTILINE);
    private static final Pattern FRONTMATTER = Pattern.compile("\\A---\\r?\\n[\\s\\S]*?\\n---[ \\t]*(\\r?\\n|\\z)");
    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<Document> selected;

    /** {@code refresh} fires when the text was re-read (each validation), so the outline follows edits. */
    public OutlineViewModel(ObjectProperty<Document> selected, ObservableValue<?> refresh) {
        this.selected = selected;
        selected.addListener((obs, old, d) -> update());
        refresh.addListener((obs, old, now) -> update());
        update();
    }

    // --- properties
    public ObservableList<Item> items() {
        return items;
    }

    // --- commands
    public void reveal(Item item) {
        Document d = selected.get();
        if (item != null && d != null) {
            d.revealRequestProperty().set(new Document.Position(item.line(), 1));
        }
    }

    private void update() {
        Document d = selected.get();
        items.setAll(d == null ? List.of() : outline(d.text(), d.type()));
    }

    /** The outline of {@code text}; empty for file types without one. */
    public static List<Item> outline(String text, FileType type) {
        return switch (type) {
            case MARKDOWN -> headings(text);
            case YAML -> yamlKeys(text);
            default -> List.of();
        };
    }

    private static List<Item> headings(String text) {
        // Blank out the frontmatter, keeping its lines: its closing '---' would make a setext heading.
        Matcher fm = FRONTMATTER.matcher(text);
        String body = fm.find()
                ? "\n".repeat((int) fm.group().chars().filter(c -> c == '\n').count()) + text.substring(fm.end())
                : text;
        List<Item> out = new ArrayList<>();
        PARSER.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (out.size() < MAX_ITEMS && !heading.getSourceSpans().isEmpty()) {
                    out.add(new Item(
                            plainText(heading),
                            heading.getLevel(),
                            heading.getSourceSpans().get(0).getLineIndex() + 1));
                }
            }
        });
        return out;
    }

    private static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString().strip();
    }

    private static List<Item> yamlKeys(String text) {
        List<Item> out = new ArrayList<>();
        Matcher m = YAML_KEY.matcher(text);
        int line = 1;
        int counted = 0;
        while (m.find() && out.size() < MAX_ITEMS) {
            for (int i = counted; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            counted = m.start();
            out.add(new Item(m.group(1), 1, line));
        }
        return out;
    }
}

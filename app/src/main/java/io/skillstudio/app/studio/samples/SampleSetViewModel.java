package io.skillstudio.app.studio.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A JSON Lines sample set as table rows. The text is the truth: rows are re-read whenever it changes,
 * and every table edit rewrites only the line of its row, so the lines not edited stay byte for byte,
 * and the fields the table does not show stay in the rows that were. Save, dirty state and crash
 * recovery are the text document's.
 */
public final class SampleSetViewModel {

    /** Between the responses of a row in its one cell. */
    public static final String RESPONSE_SEPARATOR = "\n-----\n";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObservableList<SampleRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SampleFormat> format =
            new ReadOnlyObjectWrapper<>(this, "format", SampleFormat.STUDIO);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final StringProperty text;
    private Map<String, SampleRow> parsed = new HashMap<>();

    public SampleSetViewModel(StringProperty text) {
        this.text = text;
        text.addListener((obs, old, now) -> reread());
        reread();
    }

    // --- properties
    public ObservableList<SampleRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<SampleFormat> formatProperty() {
        return format.getReadOnlyProperty();
    }

    /** Why the last edit was not made, or how many lines do not parse; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What a cell shows. */
    public String cell(SampleRow row, SampleColumn column) {
        if (row.object().isEmpty()) {
            return column == SampleColumn.ID ? "line " + row.line() : column == SampleColumn.PROMPT ? row.text() : "";
        }
        ObjectNode o = row.object().get();
        SampleFormat f = format.get();
        if (column == SampleColumn.RESPONSES) {
            List<String> out = new ArrayList<>();
            f.listField()
                    .map(o::get)
                    .filter(JsonNode::isArray)
                    .ifPresent(list -> list.forEach(r -> out.add(SampleRow.show(r))));
            f.responses().stream().filter(o::has).forEach(k -> out.add(SampleRow.show(o.get(k))));
            return String.join(RESPONSE_SEPARATOR, out);
        }
        return f.field(column).map(o::get).map(SampleRow::show).orElse("");
    }

    // --- commands
    /** Sets a cell; an unparseable row, or a value that does not fit the field, is refused with a reason. */
    public void edit(SampleRow row, SampleColumn column, String value) {
        if (row.object().isEmpty()) {
            problem.set("Line " + row.line() + " is not a JSON object; fix it in the text first");
            return;
        }
        SampleFormat f = format.get();
        ObjectNode o = row.object().get().deepCopy();
        if (column == SampleColumn.RESPONSES) {
            if (!setResponses(o, f, value)) {
                return;
            }
        } else {
            Optional<String> field = f.field(column);
            if (field.isEmpty()) {
                problem.set(f.name() + " rows have no " + column.title());
                return;
            }
            if (value.isEmpty() && column != SampleColumn.ID) {
                o.remove(field.get());
            } else {
                o.set(field.get(), typed(o.get(field.get()), value, column));
            }
        }
        replaceLine(row.line(), line -> write(o));
    }

    /** Appends a row with a new id and empty prompt and response. */
    public void addRow() {
        SampleFormat f = format.get();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put(f.field(SampleColumn.ID).orElse("id"), newId());
        f.field(SampleColumn.PROMPT).ifPresent(k -> o.put(k, ""));
        f.responses().forEach(k -> o.put(k, ""));
        String t = text.get();
        String sep = t.isEmpty() || t.endsWith("\n") ? "" : "\n";
        text.set(t + sep + write(o) + "\n");
        problem.set("");
    }

    public void removeRow(SampleRow row) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.get().split("\n", -1)));
        lines.remove(row.line() - 1);
        text.set(String.join("\n", lines));
        problem.set("");
    }

    private boolean setResponses(ObjectNode o, SampleFormat f, String value) {
        List<String> parts = List.of(value.split(RESPONSE_SEPARATOR.replace("\n", "\\R"), -1));
        if (f.listField().isPresent() && (o.has(f.listField().get()) || parts.size() > 1)) {
            ArrayNode list = o.putArray(f.listField().get());
            parts.forEach(list::add);
            f.responses().forEach(o::remove);
            return true;
        }
        if (parts.size() != f.responses().size()) {
            problem.set(f.name() + " rows hold " + f.responses().size()
                    + " response(s); separate them with a line of -----");
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            o.put(f.responses().get(i), parts.get(i));
        }
        return true;
    }

    /** Numbers stay numbers where the field held one (or, for expected, where the text is one). */
    private static JsonNode typed(JsonNode old, String value, SampleColumn column) {
        boolean numeric = old != null && old.isNumber() || column == SampleColumn.EXPECTED;
        if (numeric) {
            try {
                return JSON.readTree(value).isNumber()
                        ? JSON.readTree(value)
                        : JsonNodeFactory.instance.textNode(value);
            } catch (JsonProcessingException e) {
                return JsonNodeFactory.instance.textNode(value);
            }
        }
        return JsonNodeFactory.instance.textNode(value);
    }

    private String newId() {
        int n = rows.size() + 1;
        while (true) {
            String id = "s" + n;
            if (rows.stream().noneMatch(r -> cell(r, SampleColumn.ID).equals(id))) {
                return id;
            }
            n++;
        }
    }

    private void replaceLine(int line, UnaryOperator<String> change) {
        String[] lines = text.get().split("\n", -1);
        lines[line - 1] = change.apply(lines[line - 1]);
        text.set(String.join("\n", lines));
        problem.set("");
    }

    private static String write(ObjectNode o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    /** Re-reads the rows; lines already parsed are taken from the last read, so typing stays cheap. */
    private void reread() {
        String[] lines = text.get().split("\n", -1);
        Map<String, SampleRow> cache = new HashMap<>();
        List<SampleRow> out = new ArrayList<>();
        int broken = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            SampleRow known = parsed.get(line);
            SampleRow row = known != null && known.line() == i + 1 ? known : parse(i + 1, line);
            cache.put(line, row);
            out.add(row);
            if (row.error().isPresent()) {
                broken++;
            }
        }
        parsed = cache;
        rows.setAll(out);
        problem.set(broken == 0 ? "" : broken + " line(s) are not JSON objects: shown as they are, kept on save");
    }

    private static SampleRow parse(int line, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node instanceof ObjectNode o) {
                return new SampleRow(line, text, Optional.of(o), Optional.empty());
            }
            return new SampleRow(line, text, Optional.empty(), Optional.of("not a JSON object"));
        } catch (JsonProcessingException e) {
            return new SampleRow(line, text, Optional.empty(), Optional.of(e.getOriginalMessage()));
        }
    }
}

package io.skillstudio.app.studio.resources;

import io.skillstudio.model.resources.KnownValues;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.resources.ResourceManifest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * resources.yaml as table rows. Rows are re-read from the text whenever it changes; every table edit
 * is a text edit through {@link ManifestEdits}, so comments and unknown keys survive and the text
 * editor shows the change at once.
 */
public final class ResourceTableViewModel {

    /** Keys shown as columns; the others stay in the text and are counted in the "other keys" column. */
    public static final List<String> COLUMNS = List.of(
            "id",
            "type",
            "implementation_kind",
            "subtype",
            "path",
            "cost",
            "hard_or_soft",
            "decision_impact",
            "leakage_level",
            "allowed_setting",
            "inputs_required",
            "outputs_produced");

    private final ObservableList<ResourceEntry> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", true);
    private final StringProperty text;
    private final ManifestEdits edits;
    private final Predicate<String> fileExists;
    private final Predicate<String> createFile;

    /**
     * @param fileExists whether a package path names a file
     * @param createFile creates a new file for a new row; false when it could not (the caller says why)
     */
    public ResourceTableViewModel(
            StringProperty text, ManifestEdits edits, Predicate<String> fileExists, Predicate<String> createFile) {
        this.text = text;
        this.edits = edits;
        this.fileExists = fileExists;
        this.createFile = createFile;
        text.addListener((obs, old, now) -> reread());
        reread();
    }

    // --- properties
    public ObservableList<ResourceEntry> rows() {
        return rows;
    }

    /** Why the table is read-only or the last edit failed; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public static List<String> knownValues(String key) {
        return KnownValues.ENUM_FIELDS.getOrDefault(key, List.of());
    }

    public static boolean isList(String key) {
        return KnownValues.LIST_FIELDS.contains(key);
    }

    public boolean fileExists(String path) {
        return path != null && !path.isBlank() && fileExists.test(path);
    }

    /** The cell text of a field: lists as comma-separated items. */
    public static String display(ResourceEntry e, String key) {
        return isList(key) ? String.join(", ", e.strings(key)) : e.string(key).orElse("");
    }

    // --- commands
    /** Sets a field from what the user typed; an empty value removes the field. */
    public void setField(ResourceEntry row, String key, String value) {
        String v = value == null ? "" : value.trim();
        if (v.equals(display(row, key))) {
            return;
        }
        if (v.isEmpty()) {
            apply(t -> edits.removeField(t, row.section(), row.index(), key));
        } else if (isList(key)) {
            List<String> items = Arrays.stream(v.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
            apply(t -> edits.setField(t, row.section(), row.index(), key, items));
        } else {
            apply(t -> edits.setField(t, row.section(), row.index(), key, v));
        }
    }

    /**
     * Adds a reference row and creates the file it names, so the new row is not at once an error about a
     * missing file. Nothing is added when the file cannot be created.
     */
    public void add() {
        String id = uniqueId();
        String path = newPath(id);
        if (!createFile.test(path)) {
            problem.set("Row not added: " + path + " could not be created");
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("type", "reference");
        fields.put("implementation_kind", "reference");
        fields.put("path", path);
        apply(t -> edits.addResource(t, fields));
    }

    private String newPath(String id) {
        String path = "references/" + id + ".md";
        for (int n = 2; taken(path); n++) {
            path = "references/" + id + "_" + n + ".md";
        }
        return path;
    }

    private boolean taken(String path) {
        return fileExists.test(path)
                || rows.stream().anyMatch(r -> r.path().filter(path::equals).isPresent());
    }

    public void remove(ResourceEntry row) {
        apply(t -> edits.removeResource(t, row.section(), row.index()));
    }

    /** Moves a row up (-1) or down (+1) within its section. */
    public void move(ResourceEntry row, int delta) {
        long inSection =
                rows.stream().filter(r -> r.section().equals(row.section())).count();
        int to = row.index() + delta;
        if (to < 0 || to >= inSection) {
            return;
        }
        apply(t -> edits.moveResource(t, row.section(), row.index(), to));
    }

    private String uniqueId() {
        int n = 1;
        while (true) {
            String id = "resource_" + n;
            if (rows.stream().noneMatch(r -> r.id().filter(id::equals).isPresent())) {
                return id;
            }
            n++;
        }
    }

    private void apply(UnaryOperator<String> edit) {
        try {
            text.set(edit.apply(text.get()));
            problem.set("");
        } catch (RuntimeException e) {
            // ManifestEditor refuses edits it cannot make cleanly; the text stays as it was.
            problem.set("Edit not applied: " + e.getMessage());
        }
    }

    private void reread() {
        ResourceManifest m;
        try {
            m = ResourceManifest.parse(text.get());
        } catch (RuntimeException e) {
            editable.set(false);
            problem.set("resources.yaml cannot be read: " + e.getMessage());
            return;
        }
        if (m.parseError().isPresent()) {
            // Keep the last good rows visible; edits wait until the text parses again.
            editable.set(false);
            problem.set(
                    "resources.yaml does not parse (line " + m.parseErrorLine() + "): fix the text to edit the table");
            return;
        }
        editable.set(true);
        problem.set("");
        rows.setAll(m.entries());
    }
}

package io.skillstudio.app.studio.skillmd;

import io.skillstudio.model.skillmd.FrontmatterEditor;
import io.skillstudio.model.skillmd.SkillDocument;
import io.skillstudio.model.validation.LintMode;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The SKILL.md frontmatter as form fields. Typing in a field edits the text (only that key's lines);
 * editing the text refreshes the fields. Limits follow the lint mode.
 */
public final class FrontmatterFormViewModel {

    /** One metadata pair as shown in the form. */
    public record MetaEntry(String key, String value) {}

    /** Agent Skills limits (integration-contracts.md (c)). */
    public static final int NAME_LIMIT = 64;

    public static final int DESCRIPTION_LIMIT = 1024;
    private static final Pattern STRICT_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SKILLRM_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObservableList<MetaEntry> metadata = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper formUsable = new ReadOnlyBooleanWrapper(this, "formUsable", true);
    private final IntegerBinding descriptionLength = Bindings.length(description);
    private final BooleanBinding descriptionTooLong;
    private final StringBinding nameProblem;
    private final ReadOnlyStringWrapper editProblem = new ReadOnlyStringWrapper(this, "editProblem", "");
    private final StringProperty text;
    private boolean syncing;

    public FrontmatterFormViewModel(StringProperty text, ObjectProperty<LintMode> mode) {
        this.text = text;
        descriptionTooLong = descriptionLength.greaterThan(DESCRIPTION_LIMIT);
        nameProblem = Bindings.createStringBinding(() -> nameProblem(name.get(), mode.get()), name, mode);
        text.addListener((obs, old, now) -> readText());
        name.addListener((obs, old, now) -> write(t -> FrontmatterEditor.setTopLevel(t, "name", now)));
        description.addListener((obs, old, now) -> write(t -> FrontmatterEditor.setTopLevel(t, "description", now)));
        readText();
    }

    // --- properties
    /** Why the last form edit could not be written into the text; empty when it was. */
    public ReadOnlyStringProperty editProblemProperty() {
        return editProblem.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<MetaEntry> metadata() {
        return metadata;
    }

    public IntegerBinding descriptionLengthProperty() {
        return descriptionLength;
    }

    public BooleanBinding descriptionTooLongProperty() {
        return descriptionTooLong;
    }

    /** Why the name breaks the lint mode's rules; empty when it is fine. */
    public StringBinding nameProblemProperty() {
        return nameProblem;
    }

    /** False while the frontmatter does not parse: the text must be fixed first. */
    public ReadOnlyBooleanProperty formUsableProperty() {
        return formUsable.getReadOnlyProperty();
    }

    // --- commands
    public void setMetadata(String key, String value) {
        if (key == null || key.isBlank()) {
            return;
        }
        write(t -> FrontmatterEditor.setMetadata(t, key.trim(), value == null ? "" : value));
        readText();
    }

    public void removeMetadata(String key) {
        write(t -> FrontmatterEditor.removeMetadata(t, key));
        readText();
    }

    static String nameProblem(String n, LintMode mode) {
        if (n.isBlank()) {
            return "A name is required";
        }
        if (n.length() > NAME_LIMIT) {
            return "At most " + NAME_LIMIT + " characters";
        }
        if (mode == LintMode.STRICT && !STRICT_NAME.matcher(n).matches()) {
            return "Strict mode: lowercase letters, digits and single hyphens";
        }
        if (mode == LintMode.SKILLRM && !SKILLRM_NAME.matcher(n).matches()) {
            return "Skill-RM mode: letters, digits, '_', '.' and '-'";
        }
        return "";
    }

    private void write(UnaryOperator<String> edit) {
        if (syncing || !formUsable.get()) {
            return;
        }
        syncing = true;
        try {
            text.set(edit.apply(text.get()));
            editProblem.set("");
        } catch (FrontmatterEditor.EditException e) {
            // The text stays as it was; the form says why instead of writing something that would not parse.
            editProblem.set(e.getMessage());
        } finally {
            syncing = false;
        }
    }

    private void readText() {
        if (syncing) {
            return;
        }
        SkillDocument doc = SkillDocument.parse(text.get());
        boolean usable = doc.frontmatter().map(f -> f.error().isEmpty()).orElse(true);
        formUsable.set(usable);
        if (!usable) {
            return;
        }
        syncing = true;
        try {
            name.set(doc.name().orElse(""));
            description.set(doc.description().orElse(""));
            metadata.setAll(doc.metadata().entrySet().stream()
                    .map((Map.Entry<String, Object> e) -> new MetaEntry(e.getKey(), String.valueOf(e.getValue())))
                    .toList());
        } finally {
            syncing = false;
        }
    }
}

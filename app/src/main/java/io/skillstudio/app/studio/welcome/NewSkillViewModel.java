package io.skillstudio.app.studio.welcome;

import io.skillstudio.model.save.AtomicFiles;
import io.skillstudio.model.skillmd.FrontmatterEditor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The New-skill wizard: pick a template, a name and a parent folder; create writes the package. */
public final class NewSkillViewModel {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ObservableList<TemplateCatalog.Template> templates = FXCollections.observableArrayList();
    private final ObjectProperty<TemplateCatalog.Template> template = new SimpleObjectProperty<>(this, "template");
    private final StringProperty name = new SimpleStringProperty(this, "name", "my-skill");
    private final ObjectProperty<Path> parent = new SimpleObjectProperty<>(this, "parent");
    private final StringBinding problem;
    private final BooleanBinding canCreate;
    private final TemplateCatalog catalog;

    public NewSkillViewModel(TemplateCatalog catalog, Path defaultParent) {
        this.catalog = catalog;
        templates.setAll(catalog.all());
        template.set(templates.isEmpty() ? null : templates.get(0));
        parent.set(defaultParent);
        problem = Bindings.createStringBinding(this::computeProblem, template, name, parent);
        canCreate = problem.isEmpty();
    }

    // --- properties
    public ObservableList<TemplateCatalog.Template> templates() {
        return templates;
    }

    public ObjectProperty<TemplateCatalog.Template> templateProperty() {
        return template;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Path> parentProperty() {
        return parent;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public Path target() {
        return parent.get().resolve(name.get().trim());
    }

    // --- commands
    /** Copies the template into {@code parent/name} with the new name in its frontmatter. */
    public Path create() throws IOException {
        // The file system is not observable: check again now that it matters.
        problem.invalidate();
        if (!canCreate.get()) {
            throw new IOException(problem.get());
        }
        Path root = target();
        Files.createDirectories(root);
        TemplateCatalog.Template t = template.get();
        for (String file : t.files()) {
            byte[] bytes = catalog.bytes(t, file).orElseThrow(() -> new IOException("template file missing: " + file));
            if (file.equals("SKILL.md")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                bytes = FrontmatterEditor.setTopLevel(text, "name", name.get().trim())
                        .getBytes(StandardCharsets.UTF_8);
            }
            AtomicFiles.write(root.resolve(file), bytes);
        }
        return root;
    }

    private String computeProblem() {
        String n = name.get() == null ? "" : name.get().trim();
        if (template.get() == null) {
            return "Choose a template";
        }
        if (!NAME.matcher(n).matches() || n.length() > 64) {
            return "Name: lowercase letters, digits and single hyphens (it is also the folder name)";
        }
        if (parent.get() == null) {
            return "Choose where to create it";
        }
        if (Files.exists(parent.get().resolve(n))) {
            return parent.get().resolve(n) + " already exists";
        }
        return "";
    }
}

package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.actions.ActionRegistry;
import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.app.studio.editor.CodeEditor;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.editor.FileType;
import io.skillstudio.app.studio.preview.MarkdownPreview;
import io.skillstudio.app.studio.resources.ManifestEdits;
import io.skillstudio.app.studio.resources.ResourceTableView;
import io.skillstudio.app.studio.resources.ResourceTableViewModel;
import io.skillstudio.app.studio.samples.SampleFileView;
import io.skillstudio.app.studio.samples.SampleFileViewModel;
import io.skillstudio.app.studio.samples.SampleFiles;
import io.skillstudio.app.studio.samples.SampleSetView;
import io.skillstudio.app.studio.samples.SampleSetViewModel;
import io.skillstudio.app.studio.settings.JudgeSettingsViewModel;
import io.skillstudio.app.studio.settings.SettingsDialog;
import io.skillstudio.app.studio.skillmd.FrontmatterFormView;
import io.skillstudio.app.studio.skillmd.FrontmatterFormViewModel;
import io.skillstudio.app.studio.welcome.NewSkillDialog;
import io.skillstudio.app.studio.welcome.NewSkillViewModel;
import io.skillstudio.app.studio.welcome.TemplateCatalog;
import io.skillstudio.app.studio.welcome.WelcomeView;
import io.skillstudio.evaluator.sample.SampleFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/** The features around the workbench: welcome screen, wizard, settings, structured editors, preview. */
final class WindowFeatures {

    private final StudioViewModel vm;
    private final DialogService dialogs;
    private final ActionRegistry registry;
    private final StudioShell shell;
    private final Map<Document, SplitPane> contents = new HashMap<>();
    private final Map<Document, MarkdownPreview> previews = new HashMap<>();
    private final JudgeSettingsViewModel judge;
    private final ReadOnlyBooleanWrapper previewShown = new ReadOnlyBooleanWrapper(this, "previewShown");
    private WelcomeView welcome;
    private final TaskExecutor executor;

    WindowFeatures(
            StudioViewModel vm,
            DialogService dialogs,
            ActionRegistry registry,
            StudioShell shell,
            StudioContext context,
            TaskExecutor executor) {
        this.judge =
                new JudgeSettingsViewModel(vm.settings().judge(), context.env(), context.connectionTester(), executor);
        this.vm = vm;
        this.dialogs = dialogs;
        this.registry = registry;
        this.shell = shell;
        this.executor = executor;
        vm.project().documents().addListener((ListChangeListener<Document>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(d -> {
                    contents.remove(d);
                    previews.remove(d);
                });
            }
        });
        vm.project().selectedProperty().addListener((obs, old, doc) -> previewShown.set(previews.containsKey(doc)));
    }

    /** The text editor, with the structured editor of SKILL.md or resources.yaml beside it. */
    Node editorContent(Document doc, CodeEditor editor) {
        SplitPane split = new SplitPane(editor);
        if (doc.path().equals("SKILL.md")) {
            FrontmatterFormViewModel form = new FrontmatterFormViewModel(
                    doc.textProperty(), vm.settings().lintModeProperty());
            split.getItems().add(new FrontmatterFormView(form));
            split.setDividerPositions(0.64);
        } else if (doc.path().equals("resources.yaml")) {
            ResourceTableViewModel table = new ResourceTableViewModel(
                    doc.textProperty(),
                    ManifestEdits.MODEL,
                    path -> vm.project().snapshot().flatMap(p -> p.file(path)).isPresent(),
                    vm.files()::createResourceFile);
            split.setOrientation(Orientation.VERTICAL);
            split.getItems().add(new ResourceTableView(table, this::pickPackageFile));
            split.setDividerPositions(0.5);
        } else if (SampleFiles.isSampleFileName(doc.path())) {
            Optional<SampleFormat> benchmark = SampleFiles.benchmarkFormat(doc.path(), doc.text());
            if (benchmark.isPresent() && vm.project().root() != null) {
                // A benchmark file: read-only rows as a run reads the saved file, its text below.
                SampleFileViewModel rows = new SampleFileViewModel(executor);
                Path file = vm.project().root().resolve(doc.path());
                rows.load(file, benchmark);
                // Saved text is what a run reads: read the rows again after each save.
                doc.savedTextProperty().addListener((obs, old, now) -> rows.load(file, Optional.empty()));
                split.setOrientation(Orientation.VERTICAL);
                split.getItems().add(0, new SampleFileView(rows));
                split.setDividerPositions(0.7);
            } else if (doc.path().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
                // Our sample set: the table first, its text below (both edit the same document).
                split.setOrientation(Orientation.VERTICAL);
                split.getItems().add(0, new SampleSetView(new SampleSetViewModel(doc.textProperty())));
                split.setDividerPositions(0.7);
            }
        }
        contents.put(doc, split);
        return split;
    }

    private Optional<String> pickPackageFile(String current) {
        Path root = vm.project().root();
        return dialogs.chooseFile("Choose the resource file", root).flatMap(p -> ResourceTableView.relativize(root, p));
    }

    void togglePreview() {
        Document doc = vm.project().selectedProperty().get();
        if (doc == null || doc.type() != FileType.MARKDOWN || !contents.containsKey(doc)) {
            return;
        }
        SplitPane split = contents.get(doc);
        MarkdownPreview existing = previews.remove(doc);
        if (existing != null) {
            split.getItems().remove(existing);
            previewShown.set(false);
            return;
        }
        MarkdownPreview preview =
                new MarkdownPreview(doc.textProperty(), vm.settings().themeProperty());
        previews.put(doc, preview);
        split.getItems().add(preview);
        previewShown.set(true);
        if (split.getItems().size() == 3) {
            // Editor, form and preview: give the form enough room that its fields stay readable.
            split.setDividerPositions(0.4, 0.68);
        }
    }

    /** Whether the selected document shows its Markdown preview (the View menu's check). */
    ReadOnlyBooleanProperty previewShownProperty() {
        return previewShown.getReadOnlyProperty();
    }

    Node welcome() {
        if (welcome == null) {
            welcome = new WelcomeView(registry, vm.settings().recent(), shell::openAfterConfirm);
        }
        return welcome;
    }

    void newSkill() {
        // Next to the open package, else next to the last one opened: skills tend to live side by side.
        Path parent = vm.project().root() != null
                ? vm.project().root().getParent()
                : vm.settings().recent().stream()
                        .map(r -> Path.of(r).getParent())
                        .filter(p -> p != null && Files.isDirectory(p))
                        .findFirst()
                        .orElse(Path.of(System.getProperty("user.home")));
        NewSkillViewModel wizard = new NewSkillViewModel(TemplateCatalog.standard(), parent);
        new NewSkillDialog(wizard, shell.stage())
                .showAndWait()
                .filter(Boolean::booleanValue)
                .ifPresent(ok -> {
                    try {
                        Path created = wizard.create();
                        shell.openAfterConfirm(created);
                    } catch (IOException e) {
                        dialogs.showError("Cannot create the skill", String.valueOf(e.getMessage()));
                    }
                });
    }

    void showSettings() {
        new SettingsDialog(vm.settings(), registry.keys(), judge, shell.stage()).showAndWait();
    }
}

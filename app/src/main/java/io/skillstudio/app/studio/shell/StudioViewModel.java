package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.project.ChangedOnDiskException;
import io.skillstudio.app.studio.project.FileKind;
import io.skillstudio.app.studio.project.FileOperations;
import io.skillstudio.app.studio.project.ProjectViewModel;
import io.skillstudio.app.studio.recovery.RecoveryStore;
import io.skillstudio.app.studio.settings.StudioSettings;
import io.skillstudio.app.studio.validation.ValidationViewModel;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.LintMode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state and commands: the open package, validation, saving and file operations.
 * Views bind to it; dialogs go through {@link DialogService}.
 */
public final class StudioViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(StudioViewModel.class);

    private final ProjectViewModel project;
    private final ValidationViewModel validation;
    private final StudioSettings settings;
    private final DialogService dialogs;
    private final RecoveryStore recovery;
    private final FileOperations files;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding packageOpen;
    private final BooleanBinding documentSelected;
    private boolean applyingPackageMode;
    private final ChangeListener<String> staleValidation = (obs, old, now) -> validationInvalidated();

    public StudioViewModel(TaskExecutor executor, StudioSettings settings, DialogService dialogs,
            RecoveryStore recovery, BiFunction<SkillPackage, LintMode, List<Diagnostic>> validator) {
        this.project = new ProjectViewModel(executor);
        this.validation = new ValidationViewModel(executor, validator);
        this.settings = settings;
        this.dialogs = dialogs;
        this.recovery = recovery;
        this.files = new FileOperations(project);
        validation.lintModeProperty().bind(settings.lintModeProperty());
        packageOpen = Bindings.isNotNull(project.rootProperty());
        documentSelected = Bindings.isNotNull(project.selectedProperty());
        validation.diagnosticsProperty().addListener((obs, old, now) -> distribute(now));
        project.documents().addListener((ListChangeListener<Document>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(d -> d.textProperty().removeListener(staleValidation));
                c.getAddedSubList().forEach(d -> d.textProperty().addListener(staleValidation));
            }
            distribute(validation.diagnostics());
        });
        project.loadDiagnosticsProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                validation.publish(now);
            }
        });
        settings.lintModeProperty().addListener((obs, old, now) -> {
            // A change made by the user (status bar, Settings) is remembered for the open package; the
            // mode applied when a package opens is not a choice and is not written down.
            if (!applyingPackageMode && project.root() != null) {
                settings.rememberLintMode(project.root(), now);
                settings.save();
            }
            validateNow();
        });
    }

    // --- properties
    public ProjectViewModel project() {
        return project;
    }

    public ValidationViewModel validation() {
        return validation;
    }

    public StudioSettings settings() {
        return settings;
    }

    public RecoveryStore recovery() {
        return recovery;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding packageOpenProperty() {
        return packageOpen;
    }

    public BooleanBinding documentSelectedProperty() {
        return documentSelected;
    }

    // --- commands
    public void openPackage(Path folder, Runnable done) {
        validation.clear();
        project.open(folder, pkg -> {
            applyingPackageMode = true;
            try {
                settings.lintModeProperty().set(settings.lintModeFor(folder).orElseGet(() -> LintMode.conventionOf(pkg)));
            } finally {
                applyingPackageMode = false;
            }
            settings.addRecent(folder);
            settings.save();
            message.set("Opened " + folder);
            project.openDocument("SKILL.md");
            validateNow();
            done.run();
        });
    }

    /** Switches the open package between strict and skillrm lint mode, and remembers the choice for it. */
    public void toggleLintMode() {
        ObjectProperty<LintMode> mode = settings.lintModeProperty();
        mode.set(mode.get() == LintMode.STRICT ? LintMode.SKILLRM : LintMode.STRICT);
        message.set("Lint mode " + mode.get().name().toLowerCase(Locale.ROOT) + " for this package");
    }

    /** Live validation: the package as shown, unsaved buffers included. */
    public void validateNow() {
        project.snapshot().ifPresent(validation::validate);
    }

    public boolean save(Document doc) {
        try {
            if (!write(doc)) {
                return false;
            }
            message.set("Saved " + doc.path());
            afterSave();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("save failed: {}", doc.path(), e);
            dialogs.showError("Cannot save " + doc.path(), String.valueOf(e.getMessage()));
            return false;
        }
    }

    /**
     * Writes one document; when the file changed on disk since it was read, asks overwrite / reload /
     * cancel instead of silently replacing someone else's change. False when nothing was written.
     */
    private boolean write(Document doc) throws IOException {
        try {
            project.save(doc);
            return true;
        } catch (ChangedOnDiskException e) {
            switch (dialogs.askOverwrite(doc.path())) {
                case OVERWRITE -> {
                    project.overwrite(doc);
                    return true;
                }
                case RELOAD -> {
                    project.reloadFromDisk(doc);
                    validateNow();
                    return false;
                }
                default -> {
                    return false;
                }
            }
        }
    }

    /** Saves every dirty document, asking about files changed on disk; returns the paths not saved. */
    private List<String> saveDirty() {
        List<String> notSaved = new ArrayList<>();
        for (Document d : List.copyOf(project.documents())) {
            if (!d.isDirty()) {
                continue;
            }
            try {
                if (!write(d)) {
                    notSaved.add(d.path());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot save {}", d.path(), e);
                notSaved.add(d.path() + ": " + e.getMessage());
            }
        }
        return notSaved;
    }

    public void saveSelected() {
        Document d = project.selectedProperty().get();
        if (d != null) {
            save(d);
        }
    }

    public void saveAll() {
        List<String> failed = saveDirty();
        if (!failed.isEmpty()) {
            dialogs.showError("Some files were not saved", String.join("\n", failed));
        } else {
            message.set("All files saved");
        }
        afterSave();
    }

    private void afterSave() {
        // The recovery copy follows at once: what was just saved must not come back after a crash.
        autosave();
        project.refresh(this::validateNow);
    }

    /** Closes a tab, asking first when it has unsaved changes. Returns false when the user cancelled. */
    public boolean close(Document doc) {
        if (doc.isDirty()) {
            DialogService.SaveChoice c = dialogs.askSave(doc.path() + " has unsaved changes. Save them?");
            if (c == DialogService.SaveChoice.CANCEL || (c == DialogService.SaveChoice.SAVE && !save(doc))) {
                return false;
            }
        }
        project.close(doc);
        validateNow();
        return true;
    }

    /** Asked before the window closes or another package opens; false keeps the window open. */
    public boolean confirmDiscardAll() {
        if (!project.hasDirtyDocuments()) {
            return true;
        }
        DialogService.SaveChoice c = dialogs.askSave("Some files have unsaved changes. Save them?");
        if (c == DialogService.SaveChoice.CANCEL) {
            return false;
        }
        if (c == DialogService.SaveChoice.SAVE) {
            List<String> failed = saveDirty();
            if (!failed.isEmpty()) {
                dialogs.showError("Some files were not saved", String.join("\n", failed));
                return false;
            }
        }
        recovery.clear();
        return true;
    }

    /** Opens the diagnostic's file and moves the caret to its line and column. */
    public void reveal(Diagnostic d) {
        if (d.file().isEmpty()) {
            return;
        }
        project.openDocument(d.file()).ifPresent(doc -> doc.revealRequestProperty()
                .set(new Document.Position(Math.max(1, d.line()), Math.max(1, d.column()))));
    }

    /**
     * Writes this session's unsaved buffers to its recovery folder (on a timer and after each save);
     * false when that failed.
     */
    public boolean autosave() {
        if (project.root() == null) {
            return true;
        }
        try {
            recovery.store(project.root(), project.documents().stream().filter(Document::isDirty)
                    .map(d -> new RecoveryStore.Buffer(d.path(), d.text(), RecoveryStore.hash(d.diskBytesProperty().get())))
                    .toList());
            return true;
        } catch (IOException e) {
            LOG.warn("autosave failed", e);
            return false;
        }
    }

    /**
     * Puts a crashed session's buffers back as unsaved edits of the open package. Only what was
     * restored, and is safe in this session's own recovery folder, is removed from the old one; a
     * buffer whose file cannot be opened stays there and is reported, so it is offered again.
     */
    public void restore(RecoveryStore.Snapshot snap) {
        List<String> restored = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (RecoveryStore.Buffer b : snap.buffers()) {
            Optional<Document> doc = project.openDocument(b.path());
            if (doc.isEmpty()) {
                failed.add(b.path());
                continue;
            }
            if (!b.diskHash().isEmpty() && !b.diskHash().equals(RecoveryStore.hash(doc.get().diskBytesProperty().get()))) {
                changed.add(b.path());
            }
            doc.get().setText(b.text());
            restored.add(b.path());
        }
        if (autosave()) {
            recovery.discard(snap, restored);
        } else {
            failed.addAll(restored);
        }
        if (!failed.isEmpty()) {
            dialogs.showError("Some recovered edits were not restored", "They are kept in " + snap.folder()
                    + " and offered again next time:\n" + String.join("\n", failed));
        }
        if (!changed.isEmpty()) {
            dialogs.showError("Files changed since the recovered edits were made", "These files changed on disk after "
                    + "the session that crashed last read them; the recovered text is shown as unsaved. Compare before "
                    + "saving:\n" + String.join("\n", changed));
        }
        validateNow();
    }

    /** Asks about each open file that changed on disk behind our back. */
    public void checkExternalChanges() {
        List<Document> changed = project.changedOnDisk();
        for (Document d : changed) {
            try {
                if (!d.isDirty() || dialogs.askConflict(d.path()) == DialogService.ConflictChoice.RELOAD) {
                    project.reloadFromDisk(d);
                } else {
                    project.keepMine(d);
                }
            } catch (IOException e) {
                LOG.warn("cannot read {}", d.path(), e);
            }
        }
        if (!changed.isEmpty()) {
            // The snapshot now holds the disk versions; findings about the old text would mislead.
            validateNow();
        }
    }

    public void newFile(FileKind kind) {
        if (project.root() == null) {
            return;
        }
        String ext = kind == FileKind.VERIFIER || kind == FileKind.SCRIPT ? ".py" : ".md";
        String suggested = kind.folder() + "new_" + kind.name().toLowerCase(Locale.ROOT) + ext;
        dialogs.prompt("New " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), "Path in the package:",
                kind == FileKind.OTHER ? "references/notes.md" : suggested).ifPresent(path -> {
            try {
                String name = Path.of(path).getFileName().toString().replaceFirst("\\.[^.]*$", "");
                files.create(path, FileOperations.starter(kind, name));
                project.refresh(() -> {
                    project.openDocument(path);
                    validateNow();
                });
            } catch (IOException | IllegalArgumentException e) {
                dialogs.showError("Cannot create " + path, String.valueOf(e.getMessage()));
            }
        });
    }

    /**
     * Renames a file (or a folder). Open documents under it are settled first, so an unsaved buffer is
     * never dropped by the move: the user saves it, discards it or cancels the rename. Documents that
     * were open reopen at their new path.
     */
    public void rename(String path) {
        dialogs.prompt("Rename", "New path:", path).filter(p -> !p.equals(path)).ifPresent(to -> {
            List<Document> affected = openUnder(path);
            if (!settleUnsaved(affected, "renaming")) {
                return;
            }
            try {
                String from = path.replaceFirst("/$", "");
                String target = to.replaceFirst("/$", "");
                files.rename(from, target);
                List<String> reopen = affected.stream().map(d -> target + d.path().substring(from.length())).toList();
                project.refresh(() -> {
                    reopen.forEach(project::openDocument);
                    validateNow();
                });
            } catch (IOException | IllegalArgumentException e) {
                dialogs.showError("Cannot rename " + path, String.valueOf(e.getMessage()));
            }
        });
    }

    public void delete(String path) {
        boolean unsaved = openUnder(path).stream().anyMatch(Document::isDirty);
        if (!dialogs.confirm("Delete " + path + "?", "The file is deleted from disk."
                + (unsaved ? " Its unsaved changes are lost too." : ""), "Delete")) {
            return;
        }
        try {
            files.delete(path);
            project.refresh(this::validateNow);
        } catch (IOException | IllegalArgumentException e) {
            dialogs.showError("Cannot delete " + path, String.valueOf(e.getMessage()));
        }
    }

    /** Open documents that are {@code path} or lie under it when it is a folder. */
    private List<Document> openUnder(String path) {
        return project.documents().stream().filter(d -> FileOperations.isAtOrUnder(d.path(), path)).toList();
    }

    /** Asks save / discard / cancel for each dirty document; false when the user cancelled or a save failed. */
    private boolean settleUnsaved(List<Document> docs, String before) {
        for (Document d : docs) {
            if (!d.isDirty()) {
                continue;
            }
            DialogService.SaveChoice c = dialogs.askSave(d.path() + " has unsaved changes. Save them before " + before + "?");
            if (c == DialogService.SaveChoice.CANCEL || (c == DialogService.SaveChoice.SAVE && !save(d))) {
                return false;
            }
        }
        return true;
    }

    private void validationInvalidated() {
        validation.textChanged();
    }

    private void distribute(List<Diagnostic> all) {
        for (Document d : project.documents()) {
            d.diagnosticsProperty().set(all.stream().filter(x -> x.file().equals(d.path())).toList());
        }
    }
}

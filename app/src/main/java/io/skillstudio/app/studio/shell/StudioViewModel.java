package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.project.ProjectViewModel;
import io.skillstudio.app.studio.samples.TryResponseViewModel;
import io.skillstudio.app.studio.session.FileCommandsViewModel;
import io.skillstudio.app.studio.session.RecoveryViewModel;
import io.skillstudio.app.studio.session.SaveViewModel;
import io.skillstudio.app.studio.settings.StudioSettings;
import io.skillstudio.app.studio.validation.ValidationViewModel;
import io.skillstudio.app.workspace.RecoveryStore;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.LintMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;

/**
 * The main window's state: the open package, its validation and lint mode, and the rooms that act on it
 * (saving, crash recovery, file operations), each its own ViewModel. Views bind to it; dialogs go
 * through {@link DialogService}.
 */
public final class StudioViewModel {

    private final ProjectViewModel project;
    private final ValidationViewModel validation;
    private final StudioSettings settings;
    private final DialogService dialogs;
    private final SaveViewModel saving;
    private final RecoveryViewModel recovery;
    private final FileCommandsViewModel files;
    private final TryResponseViewModel tryResponse;
    private final ReadOnlyObjectWrapper<SkillPackage> shownPackage = new ReadOnlyObjectWrapper<>(this, "shownPackage");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding packageOpen;
    private final BooleanBinding documentSelected;
    private boolean applyingPackageMode;
    private final ChangeListener<String> staleValidation = (obs, old, now) -> validationInvalidated();

    public StudioViewModel(
            TaskExecutor executor,
            StudioSettings settings,
            DialogService dialogs,
            RecoveryStore recovery,
            BiFunction<SkillPackage, LintMode, List<Diagnostic>> validator) {
        this.project = new ProjectViewModel(executor);
        this.validation = new ValidationViewModel(executor, validator);
        this.settings = settings;
        this.dialogs = dialogs;
        this.recovery = new RecoveryViewModel(project, recovery, dialogs, this::validateNow);
        this.saving = new SaveViewModel(project, dialogs, message::set, this::validateNow, () -> {
            // The recovery copy follows at once: what was just saved must not come back after a crash.
            this.recovery.autosave();
            project.refresh(this::validateNow);
        });
        this.files = new FileCommandsViewModel(project, dialogs, saving, this::validateNow);
        this.tryResponse = new TryResponseViewModel(project::snapshot, executor);
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

    /** Save, close and external changes. */
    public SaveViewModel saving() {
        return saving;
    }

    /** Autosave and restore after a crash. */
    public RecoveryViewModel recovery() {
        return recovery;
    }

    /** The "Try a response" scratch pane. */
    public TryResponseViewModel tryResponse() {
        return tryResponse;
    }

    /** New, rename, delete. */
    public FileCommandsViewModel files() {
        return files;
    }

    /**
     * The package as the user sees it, unsaved edits included; updated with each live validation (when
     * typing pauses), so the tool windows follow an edit before it is saved.
     */
    public ReadOnlyObjectProperty<SkillPackage> shownPackageProperty() {
        return shownPackage.getReadOnlyProperty();
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
                settings.lintModeProperty()
                        .set(settings.lintModeFor(folder).orElseGet(() -> LintMode.conventionOf(pkg)));
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
        Optional<SkillPackage> shown = project.snapshot();
        shownPackage.set(shown.orElse(null));
        shown.ifPresent(validation::validate);
    }

    /** Asked before the window closes or another package opens; false keeps the window open. */
    public boolean confirmDiscardAll() {
        if (!saving.confirmDiscardAll()) {
            return false;
        }
        recovery.store().clear();
        return true;
    }

    /** Opens the diagnostic's file and moves the caret to its line and column. */
    public void reveal(Diagnostic d) {
        if (d.file().isEmpty()) {
            return;
        }
        project.openDocument(d.file())
                .ifPresent(doc -> doc.revealRequestProperty()
                        .set(new Document.Position(Math.max(1, d.line()), Math.max(1, d.column()))));
    }

    private void validationInvalidated() {
        validation.textChanged();
    }

    private void distribute(List<Diagnostic> all) {
        for (Document d : project.documents()) {
            d.diagnosticsProperty()
                    .set(all.stream().filter(x -> x.file().equals(d.path())).toList());
        }
    }
}

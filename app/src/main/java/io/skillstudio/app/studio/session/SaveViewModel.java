package io.skillstudio.app.studio.session;

import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.project.ChangedOnDiskException;
import io.skillstudio.app.studio.project.ProjectViewModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saving, and what saving runs into: files changed on disk behind our back (overwrite / reload /
 * cancel), unsaved buffers when a tab, a package or the window closes.
 */
public final class SaveViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SaveViewModel.class);

    private final ProjectViewModel project;
    private final DialogService dialogs;
    private final Consumer<String> message;
    private final Runnable revalidate;
    private final Runnable afterSave;

    /**
     * @param message shows a status line
     * @param revalidate checks the package as shown again
     * @param afterSave runs after every save (the recovery copy follows, the snapshot is re-read)
     */
    public SaveViewModel(
            ProjectViewModel project,
            DialogService dialogs,
            Consumer<String> message,
            Runnable revalidate,
            Runnable afterSave) {
        this.project = project;
        this.dialogs = dialogs;
        this.message = message;
        this.revalidate = revalidate;
        this.afterSave = afterSave;
    }

    public boolean save(Document doc) {
        try {
            if (!write(doc)) {
                return false;
            }
            message.accept("Saved " + doc.path());
            afterSave.run();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("save failed: {}", doc.path(), e);
            dialogs.showError("Cannot save " + doc.path(), String.valueOf(e.getMessage()));
            return false;
        }
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
            message.accept("All files saved");
        }
        afterSave.run();
    }

    /** Closes a tab, asking first when it has unsaved changes. Returns false when the user cancelled. */
    public boolean close(Document doc) {
        if (!settleUnsaved(List.of(doc), "closing")) {
            return false;
        }
        project.close(doc);
        revalidate.run();
        return true;
    }

    /**
     * Asked before the window closes or another package opens; false keeps the window open. True means
     * nothing unsaved is left that the user wanted kept.
     */
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
        return true;
    }

    /** Asks save / discard / cancel for each dirty document; false when the user cancelled or a save failed. */
    public boolean settleUnsaved(List<Document> docs, String before) {
        for (Document d : docs) {
            if (!d.isDirty()) {
                continue;
            }
            DialogService.SaveChoice c =
                    dialogs.askSave(d.path() + " has unsaved changes. Save them before " + before + "?");
            if (c == DialogService.SaveChoice.CANCEL || (c == DialogService.SaveChoice.SAVE && !save(d))) {
                return false;
            }
        }
        return true;
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
            revalidate.run();
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
                    revalidate.run();
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
}

package io.skillstudio.app.studio.session;

import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.project.ProjectViewModel;
import io.skillstudio.app.workspace.RecoveryStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Crash recovery of one window: its unsaved buffers autosaved, and a crashed session's put back. */
public final class RecoveryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryViewModel.class);

    private final ProjectViewModel project;
    private final RecoveryStore store;
    private final DialogService dialogs;
    private final Runnable revalidate;

    public RecoveryViewModel(
            ProjectViewModel project, RecoveryStore store, DialogService dialogs, Runnable revalidate) {
        this.project = project;
        this.store = store;
        this.dialogs = dialogs;
        this.revalidate = revalidate;
    }

    public RecoveryStore store() {
        return store;
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
            store.store(
                    project.root(),
                    project.documents().stream()
                            .filter(Document::isDirty)
                            .map(d -> new RecoveryStore.Buffer(
                                    d.path(),
                                    d.text(),
                                    RecoveryStore.hash(d.diskBytesProperty().get())))
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
            if (!b.diskHash().isEmpty()
                    && !b.diskHash()
                            .equals(RecoveryStore.hash(
                                    doc.get().diskBytesProperty().get()))) {
                changed.add(b.path());
            }
            doc.get().setText(b.text());
            restored.add(b.path());
        }
        if (autosave()) {
            store.discard(snap, restored);
        } else {
            failed.addAll(restored);
        }
        if (!failed.isEmpty()) {
            dialogs.showError(
                    "Some recovered edits were not restored",
                    "They are kept in " + snap.folder() + " and offered again next time:\n"
                            + String.join("\n", failed));
        }
        if (!changed.isEmpty()) {
            dialogs.showError(
                    "Files changed since the recovered edits were made",
                    "These files changed on disk after "
                            + "the session that crashed last read them; the recovered text is shown as unsaved. Compare before "
                            + "saving:\n" + String.join("\n", changed));
        }
        revalidate.run();
    }
}

package io.skillstudio.app.studio.project;

import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.editor.LineEndings;
import io.skillstudio.app.workspace.Workspace;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.SkillPackage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open package: its folder, the snapshot read from disk, the open documents. Reads and writes go
 * through a {@link Workspace}. Holds no Nodes; the tree, tabs and status bar bind to it.
 */
public final class ProjectViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectViewModel.class);

    private final ReadOnlyObjectWrapper<Path> root = new ReadOnlyObjectWrapper<>(this, "root");
    private final ReadOnlyObjectWrapper<SkillPackage> diskPackage = new ReadOnlyObjectWrapper<>(this, "diskPackage");
    private final ReadOnlyObjectWrapper<List<Diagnostic>> loadDiagnostics =
            new ReadOnlyObjectWrapper<>(this, "loadDiagnostics", List.of());
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObjectProperty<Document> selected = new SimpleObjectProperty<>(this, "selected");

    private final TaskExecutor executor;
    private final Workspace workspace;

    public ProjectViewModel(TaskExecutor executor) {
        this(executor, Workspace.disk());
    }

    public ProjectViewModel(TaskExecutor executor, Workspace workspace) {
        this.executor = executor;
        this.workspace = workspace;
    }

    /** Where files are read and written. */
    public Workspace workspace() {
        return workspace;
    }

    // --- properties
    public ReadOnlyObjectProperty<Path> rootProperty() {
        return root.getReadOnlyProperty();
    }

    public Path root() {
        return root.get();
    }

    public ReadOnlyObjectProperty<SkillPackage> diskPackageProperty() {
        return diskPackage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Diagnostic>> loadDiagnosticsProperty() {
        return loadDiagnostics.getReadOnlyProperty();
    }

    public ObservableList<Document> documents() {
        return documents;
    }

    public ObjectProperty<Document> selectedProperty() {
        return selected;
    }

    public boolean hasDirtyDocuments() {
        return documents.stream().anyMatch(Document::isDirty);
    }

    // --- commands
    /** Loads a package folder in the background; {@code done} runs once it is shown. */
    public void open(Path folder, Consumer<SkillPackage> done) {
        executor.submit(
                "Opening " + folder.getFileName(),
                p -> workspace.load(folder),
                result -> {
                    if (result.skillPackage().isEmpty()) {
                        // Not a package: keep whatever is open (and its root) rather than point at a folder we
                        // cannot show, where autosave and restore would act on the wrong package.
                        loadDiagnostics.set(result.diagnostics());
                        return;
                    }
                    documents.clear();
                    selected.set(null);
                    root.set(folder);
                    applyLoad(result);
                    result.skillPackage().ifPresent(done);
                },
                e -> loadDiagnostics.set(List.of(unreadable(folder, e))));
    }

    /** Reads the folder again (after file operations or external changes); open buffers are kept. */
    public void refresh(Runnable done) {
        Path folder = root.get();
        if (folder == null) {
            return;
        }
        executor.submit(
                "Refreshing",
                p -> workspace.load(folder),
                result -> {
                    applyLoad(result);
                    done.run();
                },
                e -> loadDiagnostics.set(List.of(unreadable(folder, e))));
    }

    private void applyLoad(LoadResult result) {
        diskPackage.set(result.skillPackage().orElse(null));
        loadDiagnostics.set(result.skillPackage().isPresent() ? List.of() : result.diagnostics());
    }

    /** The package as the user sees it: the disk snapshot with every unsaved buffer applied. */
    public Optional<SkillPackage> snapshot() {
        SkillPackage pkg = diskPackage.get();
        if (pkg == null) {
            return Optional.empty();
        }
        for (Document d : documents) {
            if (d.isDirty()) {
                pkg = pkg.withFile(d.path(), d.diskText().getBytes(StandardCharsets.UTF_8));
            }
        }
        return Optional.of(pkg);
    }

    /**
     * Opens (or selects) a text file. Binary, non-UTF-8 and unread files have no text editor: the
     * result is empty and validation reports why.
     */
    public Optional<Document> openDocument(String path) {
        for (Document d : documents) {
            if (d.path().equals(path)) {
                selected.set(d);
                return Optional.of(d);
            }
        }
        if (diskPackage.get() == null) {
            return Optional.empty();
        }
        // Read the file now, not from the snapshot taken when the package opened: it may have changed
        // since (git pull, another editor), and a stale buffer would later be saved over that change.
        byte[] bytes;
        try {
            Optional<byte[]> read = workspace.read(root.get(), path);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            bytes = read.get();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("cannot read {}", path, e);
            return Optional.empty();
        }
        PackageFile file = updateSnapshot(path, bytes);
        if (file.text().isEmpty()) {
            return Optional.empty();
        }
        String disk = file.text().get();
        Document doc = new Document(path, LineEndings.toEditor(disk), LineEndings.detect(disk));
        doc.diskBytesProperty().set(bytes);
        documents.add(doc);
        selected.set(doc);
        return Optional.of(doc);
    }

    public void close(Document doc) {
        documents.remove(doc);
        if (selected.get() == doc) {
            selected.set(documents.isEmpty() ? null : documents.get(documents.size() - 1));
        }
    }

    /**
     * Writes one document atomically, unless the file changed on disk since it was read or written:
     * then nothing is written and {@link ChangedOnDiskException} lets the caller ask the user.
     */
    public void save(Document doc) throws IOException {
        if (changedOnDisk(doc)) {
            throw new ChangedOnDiskException(doc.path());
        }
        overwrite(doc);
    }

    /** Writes one document atomically whatever is on disk now (the user chose to overwrite). */
    public void overwrite(Document doc) throws IOException {
        String text = doc.text();
        byte[] bytes = doc.diskText().getBytes(StandardCharsets.UTF_8);
        workspace.write(root.get(), doc.path(), bytes);
        doc.diskBytesProperty().set(bytes);
        doc.markSaved(text);
        updateSnapshot(doc.path(), bytes);
    }

    /** Open documents whose file changed on disk since we last read or wrote it. */
    public List<Document> changedOnDisk() {
        List<Document> changed = new ArrayList<>();
        for (Document d : documents) {
            try {
                if (changedOnDisk(d)) {
                    changed.add(d);
                }
            } catch (IOException e) {
                LOG.debug("cannot check {}", d.path(), e);
            }
        }
        return changed;
    }

    private boolean changedOnDisk(Document d) throws IOException {
        return !Arrays.equals(diskBytes(d), d.diskBytesProperty().get());
    }

    /** The file's bytes now; a deleted file reads as empty. */
    private byte[] diskBytes(Document d) throws IOException {
        return workspace.read(root.get(), d.path()).orElse(new byte[0]);
    }

    /** Replaces one file of the disk snapshot with what was just read or written, so validation sees it. */
    private PackageFile updateSnapshot(String path, byte[] bytes) {
        PackageFile file = PackageFile.of(path, bytes);
        SkillPackage pkg = diskPackage.get();
        if (pkg != null) {
            diskPackage.set(pkg.withFile(path, bytes));
        }
        return file;
    }

    /** "Reload": take the disk version. */
    public void reloadFromDisk(Document d) throws IOException {
        byte[] now = diskBytes(d);
        d.diskBytesProperty().set(now);
        d.reload(LineEndings.toEditor(new String(now, StandardCharsets.UTF_8)));
        updateSnapshot(d.path(), now);
    }

    /** "Keep mine": remember the disk version as seen so we stop asking; the buffer stays dirty. */
    public void keepMine(Document d) throws IOException {
        byte[] now = diskBytes(d);
        d.diskBytesProperty().set(now);
        d.markSaved(LineEndings.toEditor(new String(now, StandardCharsets.UTF_8)));
        updateSnapshot(d.path(), now);
    }

    public Path resolve(String relative) {
        return workspace.resolve(root.get(), relative);
    }

    private static Diagnostic unreadable(Path folder, Throwable e) {
        return Diagnostic.ofFile(
                DiagnosticCode.PACKAGE_UNREADABLE, folder.toString(), "cannot read: " + e.getMessage());
    }
}

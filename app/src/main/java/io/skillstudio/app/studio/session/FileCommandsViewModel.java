package io.skillstudio.app.studio.session;

import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.project.FileKind;
import io.skillstudio.app.studio.project.FileOperations;
import io.skillstudio.app.studio.project.ProjectViewModel;
import io.skillstudio.model.resources.ManifestEditor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New, rename and delete in the open package. A new rubric, checklist or reference is declared in
 * resources.yaml at once, so it is never an undeclared file the validator then complains about.
 */
public final class FileCommandsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(FileCommandsViewModel.class);
    private static final String MANIFEST = "resources.yaml";

    private final ProjectViewModel project;
    private final DialogService dialogs;
    private final SaveViewModel saving;
    private final Runnable revalidate;
    private final FileOperations files;

    public FileCommandsViewModel(
            ProjectViewModel project, DialogService dialogs, SaveViewModel saving, Runnable revalidate) {
        this.project = project;
        this.dialogs = dialogs;
        this.saving = saving;
        this.revalidate = revalidate;
        this.files = new FileOperations(project);
    }

    /** Asks for a path, creates the file with a starter text, declares it and opens it. */
    public void newFile(FileKind kind) {
        if (project.root() == null) {
            return;
        }
        String label = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String suggested = kind == FileKind.OTHER
                ? "references/notes.md"
                : kind.folder() + "new_" + kind.name().toLowerCase(Locale.ROOT) + FileOperations.extension(kind);
        dialogs.prompt("New " + label, "Path in the package:", suggested).ifPresent(path -> {
            try {
                String name = Path.of(path).getFileName().toString().replaceFirst("\\..*$", "");
                files.create(path, FileOperations.starter(kind, name));
                declare(kind, name, path);
                project.refresh(() -> {
                    project.openDocument(path);
                    revalidate.run();
                });
            } catch (IOException | IllegalArgumentException e) {
                dialogs.showError("Cannot create " + path, String.valueOf(e.getMessage()));
            }
        });
    }

    /**
     * Creates an empty reference file for a new resources.yaml row, so the row names a real file; false
     * (with the reason shown) when it could not be created.
     */
    public boolean createResourceFile(String path) {
        try {
            files.create(
                    path,
                    FileOperations.starter(
                            FileKind.REFERENCE, Path.of(path).getFileName().toString()));
            project.refresh(revalidate);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            dialogs.showError("Cannot create " + path, String.valueOf(e.getMessage()));
            return false;
        }
    }

    /**
     * Adds the resources.yaml entry for a new file. An open resources.yaml gets the entry in its buffer
     * (the user sees it and saves it with the rest); otherwise the file on disk is edited.
     */
    private void declare(FileKind kind, String name, String path) throws IOException {
        Optional<String> type = switch (kind) {
            case RUBRIC -> Optional.of("rubric");
            case CHECKLIST -> Optional.of("checklist");
            case REFERENCE -> Optional.of("reference");
            default -> Optional.empty();
        };
        if (type.isEmpty()) {
            return;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", name);
        entry.put("type", type.get());
        entry.put("implementation_kind", "reference");
        entry.put("path", path);
        Optional<Document> open = project.documents().stream()
                .filter(d -> d.path().equals(MANIFEST))
                .findFirst();
        try {
            if (open.isPresent()) {
                open.get().setText(ManifestEditor.addResource(open.get().text(), entry));
                return;
            }
            String text = project.workspace()
                    .read(project.root(), MANIFEST)
                    .map(b -> new String(b, StandardCharsets.UTF_8))
                    .orElse("");
            project.workspace()
                    .write(
                            project.root(),
                            MANIFEST,
                            ManifestEditor.addResource(text, entry).getBytes(StandardCharsets.UTF_8));
        } catch (ManifestEditor.EditException e) {
            LOG.info("not declared: {}", path, e);
            dialogs.showError(
                    "Created " + path + " but did not declare it",
                    "resources.yaml could not be edited (" + e.getMessage() + "); add the entry by hand.");
        }
    }

    /**
     * Renames a file (or a folder). Open documents under it are settled first, so an unsaved buffer is
     * never dropped by the move: the user saves it, discards it or cancels the rename. Documents that
     * were open reopen at their new path.
     */
    public void rename(String path) {
        dialogs.prompt("Rename", "New path:", path).filter(p -> !p.equals(path)).ifPresent(to -> {
            List<Document> affected = openUnder(path);
            if (!saving.settleUnsaved(affected, "renaming")) {
                return;
            }
            try {
                String from = path.replaceFirst("/$", "");
                String target = to.replaceFirst("/$", "");
                files.rename(from, target);
                List<String> reopen = affected.stream()
                        .map(d -> target + d.path().substring(from.length()))
                        .toList();
                project.refresh(() -> {
                    reopen.forEach(project::openDocument);
                    revalidate.run();
                });
            } catch (IOException | IllegalArgumentException e) {
                dialogs.showError("Cannot rename " + path, String.valueOf(e.getMessage()));
            }
        });
    }

    public void delete(String path) {
        boolean unsaved = openUnder(path).stream().anyMatch(Document::isDirty);
        if (!dialogs.confirm(
                "Delete " + path + "?",
                "The file is deleted from disk." + (unsaved ? " Its unsaved changes are lost too." : ""),
                "Delete")) {
            return;
        }
        try {
            files.delete(path);
            project.refresh(revalidate);
        } catch (IOException | IllegalArgumentException e) {
            dialogs.showError("Cannot delete " + path, String.valueOf(e.getMessage()));
        }
    }

    /** Open documents that are {@code path} or lie under it when it is a folder. */
    private List<Document> openUnder(String path) {
        return project.documents().stream()
                .filter(d -> FileOperations.isAtOrUnder(d.path(), path))
                .toList();
    }
}

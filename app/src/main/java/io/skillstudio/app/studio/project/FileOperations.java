package io.skillstudio.app.studio.project;

import io.skillstudio.model.save.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Create, rename and delete inside the package folder; paths are relative and never leave it. */
public final class FileOperations {

    private final ProjectViewModel project;

    public FileOperations(ProjectViewModel project) {
        this.project = project;
    }

    public void create(String relative, String content) throws IOException {
        Path p = project.resolve(relative);
        if (Files.exists(p)) {
            throw new IOException(relative + " already exists");
        }
        AtomicFiles.write(p, content.getBytes(StandardCharsets.UTF_8));
    }

    public void rename(String from, String to) throws IOException {
        Path target = project.resolve(to);
        if (Files.exists(target)) {
            throw new IOException(to + " already exists");
        }
        Files.createDirectories(target.getParent());
        Files.move(project.resolve(from), target);
        // The caller has settled unsaved buffers; the documents now name a path that no longer exists.
        project.documents().removeIf(d -> isAtOrUnder(d.path(), from));
        reselect();
    }

    public void delete(String relative) throws IOException {
        Files.deleteIfExists(project.resolve(relative));
        project.documents().removeIf(d -> isAtOrUnder(d.path(), relative));
        reselect();
    }

    private void reselect() {
        if (!project.documents().contains(project.selectedProperty().get())) {
            project.selectedProperty().set(project.documents().isEmpty() ? null : project.documents().get(0));
        }
    }

    /** True when {@code path} is {@code target} or lies inside it (a folder, with or without its trailing '/'). */
    public static boolean isAtOrUnder(String path, String target) {
        String folder = target.endsWith("/") ? target : target + "/";
        return path.equals(target) || path.startsWith(folder);
    }

    /** A starting text for a new file of a kind, so a new rubric is not an empty page. */
    public static String starter(FileKind kind, String name) {
        return switch (kind) {
            case RUBRIC -> "# Rubric: " + name + "\n\n| Criterion | Weight | Description |\n|---|---|---|\n| correctness | 1 | |\n";
            case CHECKLIST -> "# Checklist: " + name + "\n\n- [ ] The response answers the question.\n";
            case VERIFIER -> "\"\"\"Verifier " + name + ".\"\"\"\n\n\ndef verify(response: str) -> bool:\n    return bool(response.strip())\n";
            case REFERENCE -> "# Reference: " + name + "\n";
            default -> "";
        };
    }
}

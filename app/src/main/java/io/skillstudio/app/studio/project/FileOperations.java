package io.skillstudio.app.studio.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Create, rename and delete inside the package folder; paths are relative and never leave it. */
public final class FileOperations {

    private final ProjectViewModel project;

    public FileOperations(ProjectViewModel project) {
        this.project = project;
    }

    public void create(String relative, String content) throws IOException {
        project.workspace().create(project.root(), relative, content.getBytes(StandardCharsets.UTF_8));
    }

    public void rename(String from, String to) throws IOException {
        project.workspace().move(project.root(), from, to);
        // The caller has settled unsaved buffers; the documents now name a path that no longer exists.
        project.documents().removeIf(d -> isAtOrUnder(d.path(), from));
        reselect();
    }

    public void delete(String relative) throws IOException {
        project.workspace().delete(project.root(), relative);
        project.documents().removeIf(d -> isAtOrUnder(d.path(), relative));
        reselect();
    }

    private void reselect() {
        if (!project.documents().contains(project.selectedProperty().get())) {
            project.selectedProperty()
                    .set(
                            project.documents().isEmpty()
                                    ? null
                                    : project.documents().get(0));
        }
    }

    /** True when {@code path} is {@code target} or lies inside it (a folder, with or without its trailing '/'). */
    public static boolean isAtOrUnder(String path, String target) {
        String folder = target.endsWith("/") ? target : target + "/";
        return path.equals(target) || path.startsWith(folder);
    }

    /** The file name ending new files of a kind get: checklists are YAML so the evaluator can run them. */
    public static String extension(FileKind kind) {
        return switch (kind) {
            case VERIFIER, SCRIPT -> ".py";
            case CHECKLIST -> ".checklist.yaml";
            default -> ".md";
        };
    }

    /** A starting text for a new file of a kind, so a new rubric is not an empty page. */
    public static String starter(FileKind kind, String name) {
        return switch (kind) {
            case RUBRIC ->
                "# Rubric: " + name
                        + "\n\n| Criterion | Weight | Description |\n|---|---|---|\n| correctness | 1 | |\n";
            case CHECKLIST ->
                "# A declarative checklist (docs/checklist-format.md): deterministic items run without a model.\n"
                        + "version: 1\nid: " + name + "\ndescription: Checks on every response.\nitems:\n"
                        + "  - id: non_empty\n    description: The response says something (at least one word).\n"
                        + "    severity: critical\n    weight: 1\n    verifier: constraint.word_count\n    params:\n"
                        + "      min: 1\naggregation:\n  method: count_ratio\n";
            case VERIFIER ->
                "\"\"\"Verifier " + name
                        + ".\"\"\"\n\n\ndef verify(response: str) -> bool:\n    return bool(response.strip())\n";
            case REFERENCE -> "# Reference: " + name + "\n";
            default -> "";
        };
    }
}

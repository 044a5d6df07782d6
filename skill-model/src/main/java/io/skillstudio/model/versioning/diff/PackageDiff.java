package io.skillstudio.model.versioning.diff;

import java.util.List;

/**
 * What changed from one version of a package to another.
 *
 * @param from label of the older side (a revision)
 * @param to label of the newer side (a revision or {@code working copy})
 * @param files every file added, removed or changed, in upstream path order
 * @param frontmatter SKILL.md frontmatter keys that differ ({@code metadata.version} style paths)
 * @param sections structured changes: resources, then contributed sections such as checklists
 */
public record PackageDiff(
        String from, String to, List<FileDiff> files, List<FieldChange> frontmatter, List<DiffSection> sections) {
    public PackageDiff {
        files = List.copyOf(files);
        frontmatter = List.copyOf(frontmatter);
        sections = List.copyOf(sections);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return files.isEmpty();
    }
}

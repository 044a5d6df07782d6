package io.skillstudio.app.studio.project;

import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.resources.ResourceManifest;
import java.util.Locale;
import java.util.Optional;

/** What a package file is for, which sets its icon in the tree and the starter text of new files. */
public enum FileKind {
    SKILL_MD(""),
    MANIFEST(""),
    RUBRIC("rubrics/"),
    CHECKLIST("rubrics/"),
    VERIFIER("verifiers/"),
    REFERENCE("references/"),
    SCRIPT("scripts/"),
    OTHER("");

    private final String folder;

    FileKind(String folder) {
        this.folder = folder;
    }

    /** The upstream folder new files of this kind go to. */
    public String folder() {
        return folder;
    }

    /** The manifest's declared type wins; otherwise the folder and name decide. */
    public static FileKind of(String path, Optional<ResourceManifest> manifest) {
        if (path.equals("SKILL.md")) {
            return SKILL_MD;
        }
        if (path.equals("resources.yaml")) {
            return MANIFEST;
        }
        Optional<String> type = manifest.flatMap(m -> m.entries().stream()
                        .filter(e -> e.path().filter(path::equals).isPresent())
                        .findFirst())
                .flatMap(ResourceEntry::type);
        if (type.isPresent()) {
            switch (type.get()) {
                case "rubric":
                    return RUBRIC;
                case "checklist":
                    return CHECKLIST;
                case "verifier":
                    return VERIFIER;
                case "reference":
                    return REFERENCE;
                default:
                    break;
            }
        }
        String p = path.toLowerCase(Locale.ROOT);
        if (p.contains("checklist")) {
            return CHECKLIST;
        }
        if (p.startsWith("rubrics/") || p.contains("rubric")) {
            return RUBRIC;
        }
        if (p.startsWith("verifiers/")) {
            return VERIFIER;
        }
        if (p.startsWith("references/")) {
            return REFERENCE;
        }
        if (p.startsWith("scripts/") || p.endsWith(".py")) {
            return SCRIPT;
        }
        return OTHER;
    }
}

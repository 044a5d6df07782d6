package io.skillstudio.model.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which files upstream's R1 loader keeps ({@code is_skill_text_path}, skillrm-format.md §1.1). */
public final class UpstreamFileRules {

    public static final List<String> FOLDERS = List.of("references/", "rubrics/", "scripts/", "verifiers/");
    public static final List<String> EXTENSIONS = List.of(".md", ".yaml", ".yml", ".json", ".py");
    public static final String SKILL_MD = "SKILL.md";
    public static final String RESOURCES_YAML = "resources.yaml";

    private UpstreamFileRules() {}

    public static boolean isLoaded(String path) {
        boolean placed = path.equals(SKILL_MD)
                || path.equals(RESOURCES_YAML)
                || FOLDERS.stream().anyMatch(path::startsWith);
        return placed && EXTENSIONS.stream().anyMatch(path::endsWith);
    }

    /** Why upstream ignores a file, or empty when it loads it. */
    public static Optional<String> whyIgnored(String path) {
        if (isLoaded(path)) {
            return Optional.empty();
        }
        boolean placed = path.equals(SKILL_MD)
                || path.equals(RESOURCES_YAML)
                || FOLDERS.stream().anyMatch(path::startsWith);
        if (!placed) {
            String hint = EXTENSIONS.stream().anyMatch(path.toLowerCase(Locale.ROOT)::endsWith)
                    ? "; move it under " + String.join(", ", FOLDERS)
                    : "";
            return Optional.of("upstream loads only SKILL.md, resources.yaml and files under "
                    + String.join(", ", FOLDERS) + hint);
        }
        return Optional.of(
                "upstream loads only files ending in " + String.join(", ", EXTENSIONS) + " (case-sensitive)");
    }
}

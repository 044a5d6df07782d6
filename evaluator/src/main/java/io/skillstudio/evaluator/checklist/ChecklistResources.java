package io.skillstudio.evaluator.checklist;

import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.ResourceEntry;
import java.util.List;
import java.util.Locale;

/**
 * The {@code type: checklist} resources this studio reads as declarative checklists: those whose
 * path is a YAML file. Upstream checklists written as Markdown prose are left to the judge.
 */
public final class ChecklistResources {

    private ChecklistResources() {}

    public static List<ResourceEntry> of(SkillPackage pkg) {
        return pkg.manifest().map(m -> m.entries().stream()
                        .filter(e -> e.type().filter("checklist"::equals).isPresent())
                        .filter(e -> e.path().filter(ChecklistResources::isYaml).isPresent())
                        .toList())
                .orElse(List.of());
    }

    static boolean isYaml(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".yaml") || p.endsWith(".yml");
    }

    /** Upstream normalization of a declared path (strip, leading slash removed), see skillrm-format §2.4. */
    public static String normalize(String path) {
        String p = path.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }
}

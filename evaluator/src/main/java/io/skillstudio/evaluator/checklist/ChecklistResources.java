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
        return pkg.manifest()
                .map(m -> m.entries().stream()
                        .filter(ChecklistResources::isDeclarative)
                        .toList())
                .orElse(List.of());
    }

    /** A {@code type: checklist} resource whose file is YAML: one this studio can run. */
    public static boolean isDeclarative(ResourceEntry e) {
        return e.type().filter("checklist"::equals).isPresent()
                && e.path().filter(ChecklistResources::isYaml).isPresent();
    }

    static boolean isYaml(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".yaml") || p.endsWith(".yml");
    }
}

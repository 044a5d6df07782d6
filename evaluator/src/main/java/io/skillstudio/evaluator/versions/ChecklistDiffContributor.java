package io.skillstudio.evaluator.versions;

import io.skillstudio.evaluator.checklist.Checklist;
import io.skillstudio.evaluator.checklist.ChecklistItem;
import io.skillstudio.evaluator.checklist.ChecklistParser;
import io.skillstudio.evaluator.checklist.ChecklistResources;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.UpstreamResourcePaths;
import io.skillstudio.model.versioning.diff.DiffContributor;
import io.skillstudio.model.versioning.diff.DiffSection;
import io.skillstudio.model.versioning.diff.FieldDiffs;
import io.skillstudio.model.versioning.diff.ItemChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checklist items added, removed and changed field by field, read with the evaluator's own
 * {@link ChecklistParser} (so the diff sees exactly the items a run would score). Registered with
 * skill-model's {@code PackageDiffer} through {@link java.util.ServiceLoader}.
 */
public final class ChecklistDiffContributor implements DiffContributor {

    static final String AGGREGATION = "(aggregation)";

    @Override
    public List<DiffSection> diff(SkillPackage before, SkillPackage after) {
        Map<String, Checklist> b = checklists(before);
        Map<String, Checklist> a = checklists(after);
        Set<String> files = new LinkedHashSet<>(b.keySet());
        files.addAll(a.keySet());
        List<DiffSection> out = new ArrayList<>();
        for (String file : files) {
            List<ItemChange> changes = FieldDiffs.compareItems(items(b.get(file)), items(a.get(file)));
            if (!changes.isEmpty()) {
                out.add(new DiffSection("checklist", file, changes));
            }
        }
        return out;
    }

    /** The package's declarative checklists by file; a file two resources name is read once. */
    private static Map<String, Checklist> checklists(SkillPackage pkg) {
        Map<String, Checklist> out = new LinkedHashMap<>();
        ChecklistResources.of(pkg)
                .forEach(e -> e.path()
                        .map(UpstreamResourcePaths::normalize)
                        .ifPresent(file -> pkg.textOf(file)
                                .ifPresent(text -> out.computeIfAbsent(
                                        file,
                                        f -> ChecklistParser.parse(text, f).checklist()))));
        return out;
    }

    /** Items by id (a repeated id gets its position), plus the aggregation policy as one pseudo-item. */
    static Map<String, Map<String, Object>> items(Checklist checklist) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (checklist == null) {
            return out;
        }
        List<ChecklistItem> items = checklist.items();
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem it = items.get(i);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("description", it.description().isEmpty() ? null : it.description());
            fields.put("severity", it.severity().name().toLowerCase(Locale.ROOT));
            fields.put("weight", it.weight());
            fields.put("verifier", it.verifier().orElse(null));
            fields.put("judge", it.judge() ? "model" : null);
            fields.put("params", it.params().isEmpty() ? null : it.params());
            fields.values().removeIf(Objects::isNull);
            out.put(out.containsKey(it.id()) ? it.id() + " #" + i : it.id(), fields);
        }
        out.put(AGGREGATION, Map.of("policy", checklist.aggregation().toString()));
        return out;
    }
}

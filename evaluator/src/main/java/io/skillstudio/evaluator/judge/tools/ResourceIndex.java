package io.skillstudio.evaluator.judge.tools;

import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.resources.UpstreamResourcePaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The index projection the model sees (R1 {@code build_resource_index}, skillrm-format.md §2.3). */
final class ResourceIndex {
    private static final List<String> SCALARS = List.of(
            "id", "type", "implementation_kind", "subtype", "cost", "hard_or_soft", "decision_impact", "leakage_level");
    private static final List<String> LISTS =
            List.of("applies_to", "failure_modes_mitigated", "inputs_required", "outputs_produced", "allowed_setting");

    private ResourceIndex() {}

    static Map<String, Object> project(ResourceEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : SCALARS) {
            m.put(k, e.string(k).orElse(null));
        }
        for (String k : LISTS) {
            m.put(k, e.fields().containsKey(k) ? e.strings(k) : null);
        }
        m.put("path", UpstreamResourcePaths.resolve(e).orElse(null));
        e.usageNote().ifPresent(n -> m.put("usage_note", n));
        return m;
    }
}

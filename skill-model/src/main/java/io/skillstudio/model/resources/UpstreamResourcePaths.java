package io.skillstudio.model.resources;

import java.util.Map;
import java.util.Optional;

/**
 * Upstream's {@code RESOURCE_ID_PATHS} (skillrm-format.md §2.4): the path a resource without a
 * {@code path} field resolves to, by id. It is a wire contract of the upstream runtime, so packages
 * that rely on it must keep working here.
 */
public final class UpstreamResourcePaths {

    public static final Map<String, String> BY_ID = Map.ofEntries(
            Map.entry("sample.task_metadata", "sample/task_metadata.json"),
            Map.entry("sample.reference_or_ground_truth", "sample/reference_or_ground_truth.json"),
            Map.entry("sample.checklist", "sample/checklist_or_constraints.json"),
            Map.entry("sample.checklist_or_constraints", "sample/checklist_or_constraints.json"),
            Map.entry("rubric.generic_pairwise", "rubrics/generic_pairwise.md"),
            Map.entry("rubric.rewardbench2", "rubrics/rewardbench2.md"),
            Map.entry("rubric.rmbench", "rubrics/rmbench.md"),
            Map.entry("rubric.judgebench", "rubrics/judgebench.md"),
            Map.entry("principle.generic", "references/generic_principles.md"),
            Map.entry("principle.rewardbench2", "references/rewardbench2_principles.md"),
            Map.entry("principle.rmbench", "references/rmbench_principles.md"),
            Map.entry("principle.judgebench", "references/judgebench_principles.md"),
            Map.entry("verifier.protocol", "verifiers/hard_verifier_protocol.md"),
            Map.entry("tool.math_verify", "references/tool_math_verify.md"),
            Map.entry("tool.evalplus", "references/tool_evalplus.md"),
            Map.entry("tool.factool", "references/tool_factool.md"),
            Map.entry("bias_control", "references/bias_control.md"),
            Map.entry("aggregation.operational", "references/operational_aggregation.md"),
            Map.entry("aggregation.generic", "references/generic_aggregation.md"),
            Map.entry("output_format", "references/output_format.md"));

    private UpstreamResourcePaths() {}

    /** Upstream's {@code normalize_skill_resource_path} before its safety checks: strip, drop leading slashes. */
    public static String normalize(String path) {
        return path.strip().replaceFirst("^/+", "");
    }

    /**
     * The path upstream resolves for an entry: its {@code path} (stripped, leading slashes removed),
     * else the table's path for its id, else empty.
     */
    public static Optional<String> resolve(ResourceEntry e) {
        Optional<String> declared =
                e.path().map(UpstreamResourcePaths::normalize).filter(p -> !p.isEmpty());
        return declared.or(() -> e.id().map(BY_ID::get));
    }
}

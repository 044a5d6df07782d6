package io.skillstudio.model.resources;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enum-like value sets observed in the upstream manifests (skillrm-format.md §2.2). Values outside
 * them are legal YAML and kept; validation only warns, listing these.
 */
public final class KnownValues {

    public static final Map<String, List<String>> ENUM_FIELDS = Map.of(
            "type",
                    List.of(
                            "aggregation",
                            "calibration",
                            "checklist",
                            "external_pipeline",
                            "metadata",
                            "output_contract",
                            "principle",
                            "reference",
                            "rubric",
                            "taxonomy",
                            "tool",
                            "tool_protocol",
                            "verifier"),
            "implementation_kind",
                    List.of(
                            "reference",
                            "runtime_llm_pipeline",
                            "runtime_python_sandbox",
                            "runtime_sample",
                            "runtime_verifier",
                            "sample_visible_json"),
            "cost", List.of("low", "medium", "high"),
            "hard_or_soft", List.of("hard", "mixed", "soft"),
            "decision_impact", List.of("calibration", "evidence", "formatting", "routing", "strong", "veto"),
            "leakage_level", List.of("sample_visible", "benchmark_visible", "oracle_only"),
            "allowed_setting", List.of("skill_fair", "skill_operational"),
            "visibility",
                    List.of(
                            "always_when_fair_and_enabled",
                            "always_when_operational",
                            "always_when_operational_and_enabled",
                            "when_sample_has_reference",
                            "when_sample_has_checklist_or_constraints",
                            "config_gated",
                            "config_and_subset_gated"));

    /** Runtime ids the R1 runner actually executes (§3.3); any other runtime id returns inconclusive. */
    public static final Set<String> R1_EXECUTABLE_RUNTIME_IDS = Set.of(
            "verifier.reference_match",
            "verifier.ground_truth_score_pair",
            "external.openrs_pairwise_qwen",
            "external.rewardbench2_official_listwise_qwen");

    /** Runtime ids the R2 pointwise runner executes (§3.6): the per-sample VerInstruct verifiers. */
    public static final String R2_RUNNABLE_PREFIX = "sample.verinstruct.verifier.";

    public static final Set<String> RUNTIME_KINDS = Set.of("runtime_verifier", "runtime_llm_pipeline");

    /** Every field of §2.2; others are kept but unknown to upstream. */
    public static final List<String> FIELDS = List.of(
            "id",
            "type",
            "implementation_kind",
            "subtype",
            "path",
            "benchmarks",
            "applies_to",
            "cost",
            "hard_or_soft",
            "decision_impact",
            "failure_modes_mitigated",
            "inputs_required",
            "outputs_produced",
            "leakage_level",
            "allowed_setting",
            "visibility",
            "provenance",
            "aliases",
            "usage_note");

    /** Fields that hold a list of strings. */
    public static final Set<String> LIST_FIELDS = Set.of(
            "benchmarks",
            "applies_to",
            "failure_modes_mitigated",
            "inputs_required",
            "outputs_produced",
            "allowed_setting",
            "aliases");

    private KnownValues() {}
}

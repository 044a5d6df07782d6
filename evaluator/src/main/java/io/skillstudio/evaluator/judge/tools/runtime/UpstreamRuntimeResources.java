package io.skillstudio.evaluator.judge.tools.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The runtime resources upstream's R1 implements for {@code run_resource} (skillrm-format.md §3.3), by id:
 * {@code verifier.reference_match} (deterministic), {@code verifier.ground_truth_score_pair},
 * {@code external.openrs_pairwise_qwen} and {@code external.rewardbench2_official_listwise_qwen} (model
 * calls through the run's judge, see {@link ResourceModel}). Any other id of an executable kind answers
 * upstream's {@code {verdict:"inconclusive", source:<id>, reason:"resource runner is not implemented"}}.
 */
public final class UpstreamRuntimeResources {
    /** The implementation kinds upstream lets {@code run_resource} execute; others are "not executable". */
    public static final Set<String> EXECUTABLE_KINDS = Set.of("runtime_verifier", "runtime_llm_pipeline");

    public static final String REFERENCE_MATCH = "verifier.reference_match";
    public static final String GROUND_TRUTH_SCORE_PAIR = "verifier.ground_truth_score_pair";
    public static final String OPENRS_PAIRWISE = "external.openrs_pairwise_qwen";
    public static final String RB2_LISTWISE = "external.rewardbench2_official_listwise_qwen";
    /** The ids with a runner, in upstream's dispatch order. */
    public static final List<String> IMPLEMENTED =
            List.of(RB2_LISTWISE, OPENRS_PAIRWISE, REFERENCE_MATCH, GROUND_TRUTH_SCORE_PAIR);

    private UpstreamRuntimeResources() {}

    /** Whether upstream's {@code run_resource} executes an entry of this implementation kind. */
    public static boolean executable(Optional<String> implementationKind) {
        return implementationKind.filter(EXECUTABLE_KINDS::contains).isPresent();
    }

    /** The {@code result} of running {@code id} on {@code record}; never throws for untrusted input. */
    public static Map<String, Object> run(String id, VisibleRecord record, ResourceModel model) {
        return switch (id) {
            case RB2_LISTWISE -> RewardBench2Listwise.run(record, model, id);
            case OPENRS_PAIRWISE -> OpenRsPairwise.run(record, model, id);
            case REFERENCE_MATCH -> ReferenceMatch.run(record);
            case GROUND_TRUTH_SCORE_PAIR -> GroundTruthScorePair.run(record, model, id);
            default -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("verdict", "inconclusive");
                r.put("source", id);
                r.put("reason", "resource runner is not implemented");
                yield r;
            }
        };
    }
}

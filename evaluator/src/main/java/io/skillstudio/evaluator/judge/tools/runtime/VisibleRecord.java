package io.skillstudio.evaluator.judge.tools.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a runtime resource may read of one sample: the prompt, the candidates by label, the visible
 * reference fields and the benchmark name. Built from what the sample's own resources show the model
 * ({@code sample/reference_or_ground_truth.json}, {@code sample/task_metadata.json}), so a resource never
 * sees more than the model could view.
 *
 * @param candidates label (A, B, ...) to response text, in label order
 * @param reference upstream's visible reference payload: the present ones of {@link #REFERENCE_KEYS}
 *     plus {@code gt_explanation}, in that order
 * @param benchmark the sample's benchmark name, {@code ""} when unknown
 */
public record VisibleRecord(
        String prompt, Map<String, String> candidates, Map<String, Object> reference, String benchmark) {

    /** Upstream's reference fields, in the order {@code verifier.reference_match} tries them. */
    public static final List<String> REFERENCE_KEYS =
            List.of("ground_truth", "reference", "answer", "expected_answer", "correct_answer", "gt");
    /** Upstream's visible reference payload ({@code visible_reference_payload}, §6.2): the above plus the explanation. */
    public static final List<String> VISIBLE_REFERENCE_KEYS =
            List.of("ground_truth", "reference", "answer", "expected_answer", "correct_answer", "gt", "gt_explanation");

    public VisibleRecord {
        prompt = Objects.requireNonNullElse(prompt, "");
        candidates = Collections.unmodifiableMap(new LinkedHashMap<>(candidates));
        reference = Collections.unmodifiableMap(new LinkedHashMap<>(reference));
        benchmark = Objects.requireNonNullElse(benchmark, "");
    }

    /** True when every label of {@code labels} has a candidate. */
    boolean has(List<String> labels) {
        return candidates.keySet().containsAll(labels);
    }
}

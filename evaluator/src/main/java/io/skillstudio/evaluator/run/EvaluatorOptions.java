package io.skillstudio.evaluator.run;

import java.util.Objects;
import java.util.Optional;

/**
 * Choices of an evaluator beyond the run settings.
 *
 * @param strictSkill a sample whose {@code expected_skill} names another skill is unscored
 *     ({@code skill_mismatch}) instead of scored with a warning
 * @param allowInvalid the package failed validation and the user chose to evaluate it anyway (stamped
 *     into provenance)
 * @param selector picks each sample's strategy; empty means the checklist strategy for every sample
 */
public record EvaluatorOptions(boolean strictSkill, boolean allowInvalid, Optional<StrategySelector> selector) {

    public static final EvaluatorOptions DEFAULT = new EvaluatorOptions(false, false, Optional.empty());

    public EvaluatorOptions {
        Objects.requireNonNull(selector, "selector");
    }

    public EvaluatorOptions withStrictSkill(boolean strict) {
        return new EvaluatorOptions(strict, allowInvalid, selector);
    }

    public EvaluatorOptions withAllowInvalid(boolean allow) {
        return new EvaluatorOptions(strictSkill, allow, selector);
    }

    public EvaluatorOptions withSelector(StrategySelector s) {
        return new EvaluatorOptions(strictSkill, allowInvalid, Optional.of(s));
    }
}

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
 * @param selector picks each sample's strategy; empty means {@link JudgingSelector} with {@code judging}:
 *     the checklist, or whole-skill judging for a package without one
 * @param judging whole-skill judging forced, and the {@code --swap} position check
 */
public record EvaluatorOptions(
        boolean strictSkill, boolean allowInvalid, Optional<StrategySelector> selector, Judging judging) {

    public static final EvaluatorOptions DEFAULT =
            new EvaluatorOptions(false, false, Optional.empty(), Judging.DEFAULT);

    public EvaluatorOptions {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(judging, "judging");
    }

    public EvaluatorOptions(boolean strictSkill, boolean allowInvalid, Optional<StrategySelector> selector) {
        this(strictSkill, allowInvalid, selector, Judging.DEFAULT);
    }

    public EvaluatorOptions withStrictSkill(boolean strict) {
        return new EvaluatorOptions(strict, allowInvalid, selector, judging);
    }

    public EvaluatorOptions withAllowInvalid(boolean allow) {
        return new EvaluatorOptions(strictSkill, allow, selector, judging);
    }

    public EvaluatorOptions withSelector(StrategySelector s) {
        return new EvaluatorOptions(strictSkill, allowInvalid, Optional.of(s), judging);
    }

    public EvaluatorOptions withJudging(Judging j) {
        return new EvaluatorOptions(strictSkill, allowInvalid, selector, j);
    }
}

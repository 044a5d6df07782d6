package io.skillstudio.evaluator.run;

import java.util.Optional;

/**
 * How samples are judged beyond the package checklist.
 *
 * @param forceWholeSkill judge every sample with the whole skill even when the package has a checklist
 *     (its deterministic items still run first, as evidence for the model)
 * @param swap pairwise: judge each pair in both orders and report whether the verdicts agree
 */
public record Judging(boolean forceWholeSkill, boolean swap) {
    public static final Judging DEFAULT = new Judging(false, false);

    /**
     * Why these choices cannot run: the swap check needs a pairwise run, and it judges pairs with the
     * whole skill, so a package with a checklist needs whole-skill judging forced. Empty when they can.
     * {@code eval} and the studio refuse a run with this message before any sample is judged.
     */
    public Optional<String> problem(EvalMode mode, boolean hasChecklist) {
        if (swap && mode != EvalMode.PAIRWISE) {
            return Optional.of("swap (--swap) needs a pairwise run, this one is " + mode.code());
        }
        if (swap && !forceWholeSkill && hasChecklist) {
            return Optional.of("swap (--swap) judges pairs with the whole skill; this package has a"
                    + " checklist, so also judge the whole skill (--judge-whole-skill)");
        }
        return Optional.empty();
    }
}

package io.skillstudio.evaluator.run;

/**
 * How samples are judged beyond the package checklist.
 *
 * @param forceWholeSkill judge every sample with the whole skill even when the package has a checklist
 *     (its deterministic items still run first, as evidence for the model)
 * @param swap pairwise: judge each pair in both orders and report whether the verdicts agree
 */
public record Judging(boolean forceWholeSkill, boolean swap) {
    public static final Judging DEFAULT = new Judging(false, false);
}

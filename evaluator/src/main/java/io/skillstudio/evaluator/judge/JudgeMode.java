package io.skillstudio.evaluator.judge;

/** The three output contracts of skillrm-format.md §3.8. */
public enum JudgeMode {
    /** One response, a score in [0,1]. */
    POINTWISE,
    /** Two responses, a verdict A, B or Tie. */
    PAIRWISE,
    /** Two or more responses labelled A, B, C..., the best label. */
    LISTWISE
}

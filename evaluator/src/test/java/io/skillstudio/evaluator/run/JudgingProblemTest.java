package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checks eval and the studio make before a swap run judges anything. */
class JudgingProblemTest {

    @Test
    void swapNeedsAPairwiseRun() {
        assertThat(new Judging(false, true).problem(EvalMode.LISTWISE, false))
                .contains("swap (--swap) needs a pairwise run, this one is listwise");
        assertThat(new Judging(false, true).problem(EvalMode.PAIRWISE, false)).isEmpty();
    }

    @Test
    void swapOnAPackageWithAChecklistNeedsWholeSkillJudging() {
        assertThat(new Judging(false, true).problem(EvalMode.PAIRWISE, true))
                .get()
                .asString()
                .contains("this package has a checklist")
                .contains("--judge-whole-skill");
        assertThat(new Judging(true, true).problem(EvalMode.PAIRWISE, true)).isEmpty();
    }

    @Test
    void withoutSwapNothingIsInTheWay() {
        assertThat(Judging.DEFAULT.problem(EvalMode.POINTWISE, true)).isEmpty();
        assertThat(new Judging(true, false).problem(EvalMode.LISTWISE, false)).isEmpty();
    }
}

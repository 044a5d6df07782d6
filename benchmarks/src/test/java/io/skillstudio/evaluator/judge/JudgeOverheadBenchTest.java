package io.skillstudio.evaluator.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.bench.JudgeOverheadBench;
import io.skillstudio.evaluator.judge.cost.CostSummary;
import io.skillstudio.evaluator.judge.cost.RlProjection;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The overhead benchmark runs a real 4-turn session; the projection arithmetic is exact. */
class JudgeOverheadBenchTest {

    @Test
    void benchScoresEveryCallAndMeasuresPerStepOverhead() {
        JudgeOverheadBench.Result r = JudgeOverheadBench.run(20, 50);
        assertThat(r.calls()).isEqualTo(50);
        assertThat(r.stepsPerCall()).isEqualTo(4);
        assertThat(r.p50Micros()).isPositive().isLessThanOrEqualTo(r.p99Micros());
        assertThat(r.cost().modelCallsPerReward()).isEqualTo(4.0);
        assertThat(r.cost().tokensInPerReward()).isEqualTo(400.0);
    }

    @Test
    void rlProjectionMultipliesPromptsGroupAndSteps() {
        CostSummary per = new CostSummary(10, 4, 400, 80, 2000, 5000, 500, 1200, 0);
        RlProjection p = RlProjection.of(per, 256, 8, 100, 64);
        assertThat(p.rewardCalls()).isEqualTo(204_800);
        assertThat(p.modelCalls()).isEqualTo(819_200);
        assertThat(p.tokensIn()).isEqualTo(81_920_000);
        assertThat(p.wallHoursAtP50()).isCloseTo(204_800 * 2000.0 / 64 / 3_600_000, Offset.offset(1e-9));
    }

    @Test
    void rlSpecParsingRejectsMalformedInput() {
        assertThat(RlProjection.parseSpec("256, 8,100")).containsExactly(256, 8, 100);
        for (String bad : new String[] {"", "1,2", "1,2,3,4", "a,2,3", "0,2,3", "-1,2,3", "1,,3"}) {
            Assertions.assertThatThrownBy(() -> RlProjection.parseSpec(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        Assertions.assertThatThrownBy(() -> RlProjection.parseSpec(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentilesAreNearestRank() {
        assertThat(CostSummary.percentile(new double[] {5, 1, 3, 2, 4}, 50)).isEqualTo(3);
        assertThat(CostSummary.percentile(new double[] {5, 1, 3, 2, 4}, 99)).isEqualTo(5);
        assertThat(CostSummary.percentile(new double[0], 99)).isZero();
    }
}

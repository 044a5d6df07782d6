package io.skillstudio.evaluator.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.score.UnscoredReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsTest {

    static final Provenance P = new Provenance("n", "v", "h", "e", "pointwise", "", null, null, Map.of());

    static SampleResult result(Decision d, Object expected, Boolean match, double latency) {
        return new SampleResult(
                "s", 1, EvalMode.POINTWISE, d, List.of(), List.of(), List.of(), expected, match, null, latency, P);
    }

    @Test
    void latencyPercentilesUseNearestRank() {
        LatencyStats s = LatencyStats.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 7.0, 6.0, 9.0, 8.0));

        assertThat(s.p50()).isEqualTo(5.0);
        assertThat(s.p90()).isEqualTo(9.0);
        assertThat(s.p99()).isEqualTo(10.0);
        assertThat(s.max()).isEqualTo(10.0);
        assertThat(s.mean()).isEqualTo(5.5);
        assertThat(LatencyStats.of(List.of()).count()).isZero();
    }

    @Test
    void kendallTauBMatchesHandComputedValues() {
        assertThat(KendallTau.tauB(new double[] {1, 2, 3}, new double[] {1, 2, 3}))
                .hasValue(1.0);
        assertThat(KendallTau.tauB(new double[] {1, 2, 3}, new double[] {3, 2, 1}))
                .hasValue(-1.0);
        // x = 1,2,2,3 ; y = 1,3,2,4: pairs C=5, D=0, one tie in x only -> 5 / sqrt(5*6).
        assertThat(KendallTau.tauB(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4})
                        .getAsDouble())
                .isCloseTo(5 / Math.sqrt(30), within(1e-12));
        assertThat(KendallTau.tauB(new double[] {1, 1}, new double[] {1, 2})).isEmpty();
        assertThat(KendallTau.tauB(new double[] {1}, new double[] {1})).isEmpty();
    }

    @Test
    void pointwiseAgreementIsMaeAndTauOverScoredSamplesWithExpectedScores() {
        Agreement a = Agreement.of(
                EvalMode.POINTWISE,
                List.of(
                        result(Decision.score(1.0), 1.0, null, 1),
                        result(Decision.score(0.5), 0.25, null, 1),
                        result(Decision.score(0.0), 0.0, null, 1),
                        result(Decision.unscored(UnscoredReason.NO_ITEMS, ""), 1.0, null, 1),
                        result(Decision.score(0.3), null, null, 1)));

        assertThat(a.compared()).isEqualTo(3);
        assertThat(a.meanAbsoluteError()).isCloseTo(0.25 / 3, within(1e-12));
        assertThat(a.kendallTauB()).isEqualTo(1.0);
        assertThat(a.accuracy()).isNull();
    }

    @Test
    void pointwiseExpectedValuesOutsideTheUnitRangeAreCountedNotDropped() {
        Agreement a = Agreement.of(
                EvalMode.POINTWISE,
                List.of(
                        result(Decision.score(1.0), 1.0, null, 1),
                        result(Decision.score(0.5), 5, null, 1),
                        result(Decision.score(0.5), -0.2, null, 1)));
        assertThat(a.compared()).isEqualTo(1);
        assertThat(a.expectedOutOfRange()).isEqualTo(2);
        assertThat(Agreement.of(EvalMode.POINTWISE, List.of(result(Decision.score(1.0), 1.0, null, 1)))
                        .expectedOutOfRange())
                .isNull();
    }

    @Test
    void verdictAgreementIsAccuracy() {
        Agreement a = Agreement.of(
                EvalMode.PAIRWISE,
                List.of(
                        result(Decision.verdict("A"), "A", true, 1),
                        result(Decision.verdict("B"), "A", false, 1),
                        result(Decision.verdict("Tie"), null, null, 1)));

        assertThat(a.compared()).isEqualTo(2);
        assertThat(a.accuracy()).isEqualTo(0.5);
    }

    @Test
    void summaryCountsUnscoredByReason() {
        SummaryBuilder b = new SummaryBuilder(P, EvalMode.POINTWISE, Optional.empty(), 1);
        b.add(result(Decision.score(1.0), null, null, 2), null);
        b.add(result(Decision.unscored(UnscoredReason.JUDGE_UNAVAILABLE, ""), null, null, 4), null);
        b.add(result(Decision.unscored(UnscoredReason.JUDGE_UNAVAILABLE, ""), null, null, 6), null);
        b.malformed(new SampleError("f", 2, 1, "bad"));
        b.malformed(new SampleError("f", 5, 3, "worse"));

        RunSummary s = b.build(RunSummary.CANCELLED, 3, 1000);

        assertThat(s.samples()).isEqualTo(6);
        assertThat(s.evaluated()).isEqualTo(3);
        assertThat(s.scored()).isEqualTo(1);
        assertThat(s.unscoredByReason()).isEqualTo(Map.of("judge_unavailable", 2));
        assertThat(s.malformedLines()).isEqualTo(2);
        assertThat(s.malformed()).extracting(SampleError::line).containsExactly(2, 5);
        assertThat(s.throughputPerSecond()).isEqualTo(3.0);
        assertThat(s.latencyMs().p50()).isEqualTo(4.0);
        assertThat(s.cancelled()).isTrue();
    }
}

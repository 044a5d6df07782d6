package io.skillstudio.evaluator.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.ScoreStatus;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.verify.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregatorTest {

    static ItemScore pass(String id, ItemSeverity s, double w) {
        return ItemScore.scored(id, "f", s, w, "v", Outcome.PASS, 1, "");
    }

    static ItemScore fail(String id, ItemSeverity s, double w) {
        return ItemScore.scored(id, "f", s, w, "v", Outcome.FAIL, 0, "");
    }

    static ItemScore unscored(String id, UnscoredReason r) {
        return ItemScore.unscored(id, "f", ItemSeverity.MAJOR, 1, null, Score.unscored(r, "why"));
    }

    static AggregationPolicy policy(AggregationMethod m, Map<ItemSeverity, Double> caps, List<String> veto) {
        return new AggregationPolicy(m, caps, veto);
    }

    @Test
    void countRatioIsPassedOverScored() {
        Breakdown b = Aggregator.aggregate(
                AggregationPolicy.DEFAULT,
                List.of(
                        pass("a", ItemSeverity.MAJOR, 5),
                        fail("b", ItemSeverity.MAJOR, 1),
                        pass("c", ItemSeverity.MINOR, 1)));

        assertThat(b.score().value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(b.base()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(b.scored()).isEqualTo(3);
    }

    @Test
    void weightedMeanUsesWeights() {
        Breakdown b = Aggregator.aggregate(
                policy(AggregationMethod.WEIGHTED_MEAN, Map.of(), List.of()),
                List.of(pass("a", ItemSeverity.MAJOR, 3), fail("b", ItemSeverity.MAJOR, 1)));

        assertThat(b.score().value()).isEqualTo(0.75);
    }

    @Test
    void valueOutcomesGivePartialCreditAndFailBelowHalf() {
        ItemScore low = ItemScore.scored("v", "f", ItemSeverity.CRITICAL, 1, "x", Outcome.VALUE, 0.4, "");
        Breakdown b = Aggregator.aggregate(
                policy(AggregationMethod.COUNT_RATIO, Map.of(ItemSeverity.CRITICAL, 0.3), List.of()),
                List.of(low, pass("a", ItemSeverity.MAJOR, 1)));

        assertThat(low.failed()).isTrue();
        assertThat(b.base()).isEqualTo(0.7);
        assertThat(b.score().value()).isEqualTo(0.3);
    }

    @Test
    void failedCriticalItemCapsTheScore() {
        Breakdown b = Aggregator.aggregate(
                policy(
                        AggregationMethod.COUNT_RATIO,
                        Map.of(ItemSeverity.CRITICAL, 0.3, ItemSeverity.MAJOR, 0.8),
                        List.of()),
                List.of(
                        fail("crit", ItemSeverity.CRITICAL, 1),
                        pass("a", ItemSeverity.MAJOR, 1),
                        pass("b", ItemSeverity.MAJOR, 1),
                        pass("c", ItemSeverity.MAJOR, 1)));

        assertThat(b.base()).isEqualTo(0.75);
        assertThat(b.score().value()).isEqualTo(0.3);
        assertThat(b.capsApplied()).containsExactly(new CapApplied("crit", ItemSeverity.CRITICAL, 0.3));
    }

    @Test
    void capAboveTheBaseIsRecordedButChangesNothing() {
        Breakdown b = Aggregator.aggregate(
                policy(AggregationMethod.COUNT_RATIO, Map.of(ItemSeverity.MINOR, 0.9), List.of()),
                List.of(fail("m", ItemSeverity.MINOR, 1), fail("x", ItemSeverity.MAJOR, 1)));

        assertThat(b.score().value()).isEqualTo(0.0);
        assertThat(b.capsApplied()).hasSize(1);
    }

    @Test
    void failedVetoItemMakesTheScoreZero() {
        Breakdown b = Aggregator.aggregate(
                policy(AggregationMethod.COUNT_RATIO, Map.of(), List.of("safe")),
                List.of(
                        fail("safe", ItemSeverity.MINOR, 1),
                        pass("a", ItemSeverity.MAJOR, 1),
                        pass("b", ItemSeverity.MAJOR, 1)));

        assertThat(b.base()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(b.score().value()).isEqualTo(0.0);
        assertThat(b.vetoedBy()).containsExactly("safe");
    }

    @Test
    void passedVetoItemDoesNothing() {
        Breakdown b = Aggregator.aggregate(
                policy(AggregationMethod.COUNT_RATIO, Map.of(), List.of("safe")),
                List.of(pass("safe", ItemSeverity.MINOR, 1), fail("a", ItemSeverity.MAJOR, 1)));

        assertThat(b.score().value()).isEqualTo(0.5);
        assertThat(b.vetoedBy()).isEmpty();
    }

    @Test
    void unscoredItemsAreExcludedFromTheBaseAndCounted() {
        Breakdown b = Aggregator.aggregate(
                AggregationPolicy.DEFAULT,
                List.of(
                        pass("a", ItemSeverity.MAJOR, 1),
                        unscored("j", UnscoredReason.JUDGE_UNAVAILABLE),
                        unscored("k", UnscoredReason.JUDGE_UNAVAILABLE)));

        assertThat(b.score().value()).isEqualTo(1.0);
        assertThat(b.unscored()).isEqualTo(2);
        assertThat(b.unscoredByReason()).isEqualTo(Map.of("judge_unavailable", 2));
    }

    @Test
    void allUnscoredIsUnscoredWithTheMostFrequentReason() {
        Breakdown b = Aggregator.aggregate(
                AggregationPolicy.DEFAULT,
                List.of(
                        unscored("j", UnscoredReason.JUDGE_UNAVAILABLE),
                        unscored("m", UnscoredReason.VERIFIER_MISSING),
                        unscored("k", UnscoredReason.JUDGE_UNAVAILABLE)));

        assertThat(b.score().status()).isEqualTo(ScoreStatus.UNSCORED);
        assertThat(b.score().reason()).isEqualTo(UnscoredReason.JUDGE_UNAVAILABLE);
        assertThat(b.base()).isNull();
    }

    @Test
    void noItemsIsUnscoredNoItems() {
        Breakdown b = Aggregator.aggregate(AggregationPolicy.DEFAULT, List.of());

        assertThat(b.score().reason()).isEqualTo(UnscoredReason.NO_ITEMS);
    }
}

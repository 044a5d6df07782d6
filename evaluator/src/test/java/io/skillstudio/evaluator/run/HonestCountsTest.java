package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.checklist.ChecklistItem;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.SampleWarning;
import io.skillstudio.evaluator.score.ScoreStatus;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.testsupport.FakeVerifiers;
import io.skillstudio.evaluator.testsupport.Packages;
import io.skillstudio.evaluator.testsupport.Runs;
import io.skillstudio.evaluator.trace.TraceEvents;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Results never lie: an item nobody judged makes its sample partial (or unscored when the aggregation
 * cannot do without it), the item and its reason are in the result and the summary, and a sample for
 * another skill says so.
 */
class HonestCountsTest {

    static final String ONE_ITEM = "items:\n  - id: greets\n    verifier: fake.contains\n    params: {text: hello}\n";

    static SampleEvaluator evaluator(String checklist, EvaluatorOptions options) {
        var pkg = Packages.withChecklist("rubrics/t.checklist.yaml", checklist);
        return new SampleEvaluator(
                EvalSubject.of(pkg, Optional.empty()),
                EvalSettings.of(EvalMode.POINTWISE),
                FakeVerifiers.registry(),
                SampleEvaluatorTest.CLOCK,
                Optional.empty(),
                options);
    }

    static Sample sample(String id, List<ChecklistItem> items, String expectedSkill) {
        return new Sample(
                id,
                1,
                "prompt",
                List.of("hello there"),
                "",
                items,
                Map.of(),
                Optional.empty(),
                Optional.ofNullable(expectedSkill));
    }

    @Test
    void aMisspelledVerifierMakesThePartialSampleSayWhichItemAndSuggestsTheId() {
        var e = evaluator(ONE_ITEM, EvaluatorOptions.DEFAULT)
                .evaluate(sample(
                        "s", List.of(SampleEvaluatorTest.item("typo", "fake.contain", Map.of("text", "x"))), null));

        assertThat(e.result().decision().status()).isEqualTo(ScoreStatus.PARTIAL);
        assertThat(e.result().decision().score()).isEqualTo(1.0);
        assertThat(e.result().decision().reason()).isEqualTo(UnscoredReason.VERIFIER_MISSING);
        assertThat(e.result().unjudged()).singleElement().satisfies(u -> {
            assertThat(u.item()).isEqualTo("typo");
            assertThat(u.reason()).isEqualTo(UnscoredReason.VERIFIER_MISSING);
            assertThat(u.detail()).contains("did you mean").contains("fake.contains");
        });
    }

    @Test
    void wrongParameterTypesAreUnjudgedItemsNotAPass() {
        var e = evaluator(ONE_ITEM, EvaluatorOptions.DEFAULT)
                .evaluate(sample(
                        "s", List.of(SampleEvaluatorTest.item("bad", "fake.min_words", Map.of("min", "three"))), null));

        assertThat(e.result().decision().status()).isEqualTo(ScoreStatus.PARTIAL);
        assertThat(e.result().unjudged())
                .singleElement()
                .satisfies(u -> assertThat(u.item()).isEqualTo("bad"));
    }

    @Test
    void itemsThatAllEndInVerifierErrorLeaveTheSampleUnscoredWithNoNumber() {
        var e = evaluator(
                        "items:\n  - id: a\n    verifier: fake.boom\n  - id: b\n    verifier: fake.boom\n",
                        EvaluatorOptions.DEFAULT)
                .evaluate(sample("s", List.of(), null));

        assertThat(e.result().decision().status()).isEqualTo(ScoreStatus.UNSCORED);
        assertThat(e.result().decision().score()).isNull();
        assertThat(e.result().decision().reason()).isEqualTo(UnscoredReason.VERIFIER_ERROR);
        assertThat(e.result().unjudged()).extracting(u -> u.item()).containsExactly("a", "b");
    }

    @Test
    void anUnjudgedVetoItemLeavesNoNumberBecauseTheAggregationCannotDoWithoutIt() {
        var e = evaluator(
                        ONE_ITEM + "  - id: must\n    judge: model\naggregation:\n  veto: [must]\n",
                        EvaluatorOptions.DEFAULT)
                .evaluate(sample("s", List.of(), null));

        assertThat(e.result().decision().status()).isEqualTo(ScoreStatus.UNSCORED);
        assertThat(e.result().decision().reason()).isEqualTo(UnscoredReason.JUDGE_UNAVAILABLE);
        assertThat(e.result().scores().get(0).detail()).contains("could veto");
    }

    @Test
    void aSampleForAnotherSkillIsWarnedAndCountedOrUnscoredWhenStrict() {
        Sample other = sample("s", List.of(), "some-other-skill");

        var lenient = evaluator(ONE_ITEM, EvaluatorOptions.DEFAULT).evaluate(other);
        assertThat(lenient.result().decision().status()).isEqualTo(ScoreStatus.SCORED);
        assertThat(lenient.result().warnings()).extracting(SampleWarning::code).containsExactly("skill_mismatch");
        assertThat(lenient.trace().events())
                .filteredOn(TraceEvents.Warning.class::isInstance)
                .hasSize(1);

        var strict = evaluator(ONE_ITEM, EvaluatorOptions.DEFAULT.withStrictSkill(true))
                .evaluate(other);
        assertThat(strict.result().decision().reason()).isEqualTo(UnscoredReason.SKILL_MISMATCH);
        assertThat(strict.result().provenance().settings()).containsEntry("strictSkill", true);

        var same = evaluator(ONE_ITEM, EvaluatorOptions.DEFAULT).evaluate(sample("s", List.of(), "test-skill"));
        assertThat(same.result().warnings()).isEmpty();
    }

    @Test
    void theSummaryCountsPartialApartAndSaysHowManySamplesHadItemsNobodyJudged() {
        SampleEvaluator ev = evaluator(ONE_ITEM + "  - id: helpful\n    judge: model\n", EvaluatorOptions.DEFAULT);
        List<Sample> samples = List.of(
                sample("a", List.of(), null), sample("b", List.of(), "other-skill"), sample("c", List.of(), null));

        RunSummary s = Runs.run(ev, samples, 1, RunListener.NONE).outcome().summary();

        assertThat(s.scored()).isZero();
        assertThat(s.partial()).isEqualTo(3);
        assertThat(s.partialByReason()).containsEntry("judge_unavailable", 3);
        assertThat(s.samplesWithUnjudgedItems()).isEqualTo(3);
        assertThat(s.unjudgedItemsByReason()).containsEntry("judge_unavailable", 3);
        assertThat(s.skillMismatch()).isEqualTo(1);
        assertThat(s.notes()).contains("3 samples had items nobody judged");
    }
}

package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.aggregate.ItemSeverity;
import io.skillstudio.evaluator.checklist.ChecklistItem;
import io.skillstudio.evaluator.sample.Expected;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.ScoreStatus;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.testsupport.FakeVerifiers;
import io.skillstudio.evaluator.testsupport.Packages;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.model.hash.PackageHashes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class SampleEvaluatorTest {

    static final String CHECKLIST = """
            items:
              - id: greets
                severity: critical
                verifier: fake.contains
                params: {text: hello}
              - id: long_enough
                verifier: fake.min_words
                params: {min: 3}
              - id: helpful
                judge: model
            aggregation:
              method: count_ratio
              caps: {critical: 0.3}
            """;

    /** The same checklist without the model item: every item is judged, so decisions are full. */
    static final String DETERMINISTIC = CHECKLIST.replace("  - id: helpful\n    judge: model\n", "");

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    static SampleEvaluator evaluator(String checklist, EvalSettings settings) {
        var pkg = Packages.withChecklist("rubrics/t.checklist.yaml", checklist);
        return new SampleEvaluator(EvalSubject.of(pkg, Optional.empty()), settings, FakeVerifiers.registry(), CLOCK);
    }

    static Sample sample(String id, List<String> responses, List<ChecklistItem> items, Object expected) {
        return new Sample(
                id,
                1,
                "prompt",
                responses,
                "",
                items,
                Map.of(),
                Optional.ofNullable(expected).map(Expected::new),
                Optional.empty());
    }

    static ChecklistItem item(String id, String verifier, Map<String, Object> params) {
        return new ChecklistItem(
                id, "", ItemSeverity.MAJOR, 1, Optional.of(verifier), params, false, "sample:s", Map.of());
    }

    @Test
    void pointwiseScoresPassedOverScoredAndLeavesTheJudgeItemOutAsPartial() {
        Evaluation e = evaluator(CHECKLIST, EvalSettings.of(EvalMode.POINTWISE))
                .evaluate(sample("s", List.of("hello there friend"), List.of(), 1.0));

        assertThat(e.result().decision().score()).isEqualTo(1.0);
        assertThat(e.result().decision().status()).isEqualTo(ScoreStatus.PARTIAL);
        assertThat(e.result().decision().reason()).isEqualTo(UnscoredReason.JUDGE_UNAVAILABLE);
        assertThat(e.result().unjudged()).singleElement().satisfies(u -> {
            assertThat(u.item()).isEqualTo("helpful");
            assertThat(u.response()).isZero();
        });
        assertThat(e.result().absError())
                .as("a partial value is compared, and counted apart")
                .isEqualTo(0.0);
        assertThat(e.trace().events())
                .filteredOn(ev -> ev instanceof TraceEvents.Error)
                .singleElement()
                .satisfies(ev ->
                        assertThat(((TraceEvents.Error) ev).reason()).isEqualTo(UnscoredReason.JUDGE_UNAVAILABLE));
    }

    @Test
    void failedCriticalItemCapsThePointwiseScore() {
        Evaluation e = evaluator(CHECKLIST, EvalSettings.of(EvalMode.POINTWISE))
                .evaluate(sample("s", List.of("hi there my friend"), List.of(), null));

        assertThat(e.result().decision().score()).isEqualTo(0.3);
        TraceEvents.Aggregation agg = (TraceEvents.Aggregation) e.trace().events().stream()
                .filter(ev -> ev instanceof TraceEvents.Aggregation)
                .findFirst()
                .orElseThrow();
        assertThat(agg.breakdown().base()).isEqualTo(0.5);
        assertThat(agg.breakdown().capsApplied()).extracting(c -> c.itemId()).containsExactly("greets");
    }

    @Test
    void sampleItemsAreAddedToThePackageChecklist() {
        Evaluation e = evaluator(CHECKLIST, EvalSettings.of(EvalMode.POINTWISE))
                .evaluate(sample(
                        "s",
                        List.of("hello there friend"),
                        List.of(item("x", "fake.contains", Map.of("text", "zebra"))),
                        null));

        assertThat(e.result().decision().score()).isCloseTo(2.0 / 3, Assertions.within(1e-12));
        assertThat(e.trace().events())
                .filteredOn(ev -> ev instanceof TraceEvents.ResourceViewed)
                .extracting(ev -> ((TraceEvents.ResourceViewed) ev).resourceId())
                .containsExactly("test.checklist", "sample.checklist");
    }

    @Test
    void missingVerifierBadParamsAndThrowingVerifierAreUnscoredItems() {
        Evaluation e = evaluator(
                        "items:\n  - id: a\n    verifier: fake.value\n    params: {v: 0.8}\n",
                        EvalSettings.of(EvalMode.POINTWISE))
                .evaluate(sample(
                        "s",
                        List.of("r"),
                        List.of(
                                item("m", "no.such", Map.of()),
                                item("p", "fake.min_words", Map.of("min", "x")),
                                item("b", "fake.boom", Map.of())),
                        null));

        assertThat(e.result().decision().score()).isEqualTo(0.8);
        assertThat(e.trace().events())
                .filteredOn(ev -> ev instanceof TraceEvents.Error)
                .extracting(ev -> ((TraceEvents.Error) ev).reason())
                .containsExactly(
                        UnscoredReason.VERIFIER_MISSING, UnscoredReason.INVALID_INPUT, UnscoredReason.VERIFIER_ERROR);
    }

    @Test
    void allItemsUnscoredMakesTheSampleUnscoredNotZero() {
        Evaluation e = evaluator("items:\n  - id: j\n    judge: model\n", EvalSettings.of(EvalMode.POINTWISE))
                .evaluate(sample("s", List.of("r"), List.of(), 0.0));

        assertThat(e.result().decision().status()).isEqualTo(ScoreStatus.UNSCORED);
        assertThat(e.result().decision().reason()).isEqualTo(UnscoredReason.JUDGE_UNAVAILABLE);
        assertThat(e.result().decision().score()).isNull();
        assertThat(e.result().absError()).isNull();
    }

    @Test
    void packageWithoutChecklistIsJudgedWholeAndWithoutAJudgeIsJudgeUnavailable() {
        // Before whole-skill judging this was no_items: the package was never judged at all.
        var pkg = Packages.of(Packages.SKILL_MD, "resources: []\n");
        var ev = new SampleEvaluator(
                EvalSubject.of(pkg, Optional.empty()),
                EvalSettings.of(EvalMode.POINTWISE),
                FakeVerifiers.registry(),
                CLOCK);

        var result = ev.evaluate(sample("s", List.of("r"), List.of(), null)).result();
        assertThat(result.decision().reason()).isEqualTo(UnscoredReason.JUDGE_UNAVAILABLE);
        assertThat(result.decision().detail()).contains("whole-skill judging needs a model judge");
        assertThat(result.provenance().settings()).containsEntry("judging", "checklist");
    }

    @Test
    void wrongNumberOfResponsesIsInvalidInput() {
        SampleEvaluator pointwise = evaluator(CHECKLIST, EvalSettings.of(EvalMode.POINTWISE));
        SampleEvaluator pairwise = evaluator(CHECKLIST, EvalSettings.of(EvalMode.PAIRWISE));
        SampleEvaluator listwise = evaluator(CHECKLIST, EvalSettings.of(EvalMode.LISTWISE));

        assertThat(pointwise
                        .evaluate(sample("s", List.of(), List.of(), null))
                        .result()
                        .decision()
                        .reason())
                .isEqualTo(UnscoredReason.INVALID_INPUT);
        assertThat(pairwise.evaluate(sample("s", List.of("a", "b", "c"), List.of(), null))
                        .result()
                        .decision()
                        .reason())
                .isEqualTo(UnscoredReason.INVALID_INPUT);
        assertThat(listwise.evaluate(sample("s", List.of("a"), List.of(), null))
                        .result()
                        .decision()
                        .reason())
                .isEqualTo(UnscoredReason.INVALID_INPUT);
    }

    @Test
    void pairwisePicksTheHigherScoreOrTieWithinTheMargin() {
        SampleEvaluator strict = evaluator(DETERMINISTIC, EvalSettings.of(EvalMode.PAIRWISE));
        SampleEvaluator lenient =
                evaluator(DETERMINISTIC, EvalSettings.of(EvalMode.PAIRWISE).withTieMargin(0.8));

        // "hello there friend" scores 1.0; "hello" scores 0.5 (short); "bye" fails the critical item: 0.0.
        assertThat(strict.evaluate(sample("s", List.of("hello there friend", "hello"), List.of(), "A"))
                        .result())
                .satisfies(r -> {
                    assertThat(r.decision().verdict()).isEqualTo("A");
                    assertThat(r.match()).isTrue();
                });
        assertThat(strict.evaluate(sample("s", List.of("bye", "hello"), List.of(), "A"))
                        .result())
                .satisfies(r -> {
                    assertThat(r.decision().verdict()).isEqualTo("B");
                    assertThat(r.match()).isFalse();
                });
        assertThat(strict.evaluate(sample("s", List.of("hello", "hello"), List.of(), null))
                        .result()
                        .decision()
                        .verdict())
                .isEqualTo("Tie");
        assertThat(lenient.evaluate(sample("s", List.of("hello there friend", "hello"), List.of(), "tie"))
                        .result()
                        .match())
                .isTrue();
    }

    @Test
    void pairwiseWithAnUnscoredSideIsUnscored() {
        Evaluation e = evaluator("items:\n  - id: a\n    verifier: fake.boom\n", EvalSettings.of(EvalMode.PAIRWISE))
                .evaluate(sample("s", List.of("a", "b"), List.of(), "A"));

        assertThat(e.result().decision().reason()).isEqualTo(UnscoredReason.VERIFIER_ERROR);
        assertThat(e.result().decision().detail()).startsWith("response A is unscored");
        assertThat(e.result().match()).isNull();
    }

    @Test
    void listwisePicksTheFirstBestResponse() {
        Evaluation e = evaluator(DETERMINISTIC, EvalSettings.of(EvalMode.LISTWISE))
                .evaluate(sample(
                        "s", List.of("bye", "hello", "hello there friend", "hello my dear friend"), List.of(), "C"));

        assertThat(e.result().decision().best()).isEqualTo(2);
        assertThat(e.result().match()).isTrue();
        assertThat(e.result().scores()).hasSize(4);
    }

    @Test
    void resultsAndTracesCarryProvenance() {
        Evaluation e = evaluator(CHECKLIST, EvalSettings.of(EvalMode.POINTWISE).withTieMargin(0.1))
                .evaluate(sample("s", List.of("hello"), List.of(), null));
        var p = e.result().provenance();

        assertThat(p.skillName()).isEqualTo("test-skill");
        assertThat(p.skillVersion()).isEqualTo("1.2.0");
        assertThat(p.contentHash())
                .isEqualTo(PackageHashes.content(Packages.withChecklist("rubrics/t.checklist.yaml", CHECKLIST)));
        assertThat(p.evaluatorVersion()).isNotBlank();
        assertThat(p.mode()).isEqualTo("pointwise");
        assertThat(p.checklist()).isEqualTo("test.checklist");
        assertThat(p.settings()).containsEntry("tieMargin", 0.1);
        assertThat(e.trace().provenance()).isEqualTo(p);
    }

    @Test
    void packageWithoutVersionIsUnversioned() {
        var pkg = Packages.of("---\nname: x\ndescription: d\n---\n", "resources: []\n");

        assertThat(EvalSubject.of(pkg, Optional.empty()).version()).isEqualTo("unversioned");
    }

    @Test
    void traceEventsComeInOrderWithSequentialIds() {
        Evaluation e = evaluator(CHECKLIST, EvalSettings.of(EvalMode.POINTWISE))
                .evaluate(sample("s", List.of("hello there friend"), List.of(), null));

        assertThat(e.trace().events())
                .extracting(ev -> ev.getClass().getSimpleName())
                .containsExactly(
                        "RunStarted",
                        "ResourceViewed",
                        "VerifierRun",
                        "VerifierRun",
                        "Error",
                        "Aggregation",
                        "FinalResult");
        assertThat(e.trace().events())
                .extracting(TraceEvent::id)
                .containsExactly("e1", "e2", "e3", "e4", "e5", "e6", "e7");
        TraceEvents.VerifierRun run =
                (TraceEvents.VerifierRun) e.trace().events().get(2);
        assertThat(run.verifier()).isEqualTo("fake.contains");
        assertThat(run.params()).isEqualTo(Map.of("text", "hello"));
        assertThat(run.evidence())
                .singleElement()
                .satisfies(s -> assertThat(s.start()).isZero());
    }
}

package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.python.RegexBudget;
import io.skillstudio.evaluator.python.RegexRunBudget;
import io.skillstudio.evaluator.score.ScoreStatus;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.testsupport.Packages;
import io.skillstudio.evaluator.trace.TraceCodec;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: a regex that spends its step budget (or overflows the matcher stack) leaves its item
 * unscored with reason {@code verifier_budget}, never FAIL with credit 0, and the same input always
 * ends the same way.
 */
class RegexBudgetItemTest {

    static final String CHECKLIST = """
            items:
              - id: hostile
                verifier: constraint.regex_search
                params: {pattern: '(a*)*\\1b'}
              - id: words
                verifier: constraint.word_count
                params: {min: 1}
            """;

    private static Evaluation evaluate(String checklist, String response) {
        var pkg = Packages.withChecklist("rubrics/t.checklist.yaml", checklist);
        return new SampleEvaluator(
                        EvalSubject.of(pkg, Optional.empty()),
                        EvalSettings.of(EvalMode.POINTWISE),
                        VerifierRegistry.standard(),
                        SampleEvaluatorTest.CLOCK)
                .evaluate(SampleEvaluatorTest.sample("s", List.of(response), List.of(), null));
    }

    @Test
    void aSpentBudgetIsAnUnscoredVerifierBudgetItemAndTheOthersStillScore() {
        for (int run = 0; run < 3; run++) {
            Evaluation e = evaluate(CHECKLIST, "a".repeat(40));
            TraceEvents.Error err = e.trace().events().stream()
                    .filter(TraceEvents.Error.class::isInstance)
                    .map(TraceEvents.Error.class::cast)
                    .findFirst()
                    .orElseThrow();
            assertThat(err.item()).isEqualTo("hostile");
            assertThat(err.reason()).isEqualTo(UnscoredReason.VERIFIER_BUDGET);
            assertThat(err.message()).contains("character reads");
            // The hostile item is left out (not a 0): the remaining item decides the score.
            assertThat(e.result().decision().score()).isEqualTo(1.0);
        }
    }

    @Test
    void fortyCatastrophicKeywordItemsStopAtTheSamplesBudgetTheSameWayEveryTime() {
        // The attack of issue 8 (40 hostile keywords took 80 s for one sample): each keyword alone spends a
        // match's budget, so the sample's budget ends the sample after five of them; the rest are charged
        // nothing. Bounded in reads, not seconds: the sample makes at most PER_SAMPLE + 1 reads. (The JDK
        // memoizes plain (a+)+b; the back reference defeats that, as in upstream's hostile keywords.)
        StringBuilder checklist = new StringBuilder("items:\n");
        for (int i = 0; i < 40; i++) {
            checklist
                    .append("  - id: k")
                    .append(i)
                    .append("\n    verifier: keywords:existence\n")
                    .append("    params: {keywords: ['(a*)*\\1b']}\n");
        }
        String first = null;
        for (int run = 0; run < 2; run++) {
            RegexRunBudget probe = new RegexRunBudget(Long.MAX_VALUE);
            Evaluation e = probe.charge(() -> evaluate(checklist.toString(), "a".repeat(40)));
            assertThat(probe.spent()).isLessThanOrEqualTo(RegexBudget.PER_SAMPLE + 1);
            assertThat(e.result().decision().status()).isEqualTo(ScoreStatus.UNSCORED);
            List<TraceEvents.Error> errors = e.trace().events().stream()
                    .filter(TraceEvents.Error.class::isInstance)
                    .map(TraceEvents.Error.class::cast)
                    .filter(err -> err.item() != null)
                    .toList();
            assertThat(errors)
                    .hasSize(40)
                    .allSatisfy(err -> assertThat(err.reason()).isEqualTo(UnscoredReason.VERIFIER_BUDGET));
            assertThat(errors.subList(5, 40))
                    .allSatisfy(
                            err -> assertThat(err.message()).contains("the sample's regexes exceeded their budget"));
            String line = TraceCodec.toLine(e.trace()).replaceAll("\"(timestamp|durationMs)\":[^,}]*", "");
            if (first == null) {
                first = line;
            } else {
                assertThat(line).isEqualTo(first);
            }
        }
    }

    @Test
    void aMatcherStackOverflowIsTheSameUnscoredState() {
        // Alternation inside a group recurses once per repetition in the JDK matcher.
        String checklist = """
                items:
                  - id: deep
                    verifier: constraint.regex_search
                    params: {pattern: '(a|b)*c'}
                """;
        Evaluation e = evaluate(checklist, "ab".repeat(200_000));
        assertThat(e.trace().events())
                .filteredOn(TraceEvents.Error.class::isInstance)
                .singleElement()
                .satisfies(ev -> {
                    assertThat(((TraceEvents.Error) ev).reason()).isEqualTo(UnscoredReason.VERIFIER_BUDGET);
                    assertThat(((TraceEvents.Error) ev).message()).contains("overflowed the matcher stack");
                });
    }
}

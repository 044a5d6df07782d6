package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.testsupport.Packages;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.util.List;
import java.util.Map;
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

    private static io.skillstudio.evaluator.run.Evaluation evaluate(String checklist, String response) {
        var pkg = Packages.withChecklist("rubrics/t.checklist.yaml", checklist);
        return new SampleEvaluator(EvalSubject.of(pkg, Optional.empty()), EvalSettings.of(EvalMode.POINTWISE),
                VerifierRegistry.standard(), SampleEvaluatorTest.CLOCK)
                .evaluate(SampleEvaluatorTest.sample("s", List.of(response), List.of(), null));
    }

    @Test
    void aSpentBudgetIsAnUnscoredVerifierBudgetItemAndTheOthersStillScore() {
        for (int run = 0; run < 3; run++) {
            Evaluation e = evaluate(CHECKLIST, "a".repeat(40));
            TraceEvents.Error err = e.trace().events().stream().filter(TraceEvents.Error.class::isInstance)
                    .map(TraceEvents.Error.class::cast).findFirst().orElseThrow();
            assertThat(err.item()).isEqualTo("hostile");
            assertThat(err.reason()).isEqualTo(UnscoredReason.VERIFIER_BUDGET);
            assertThat(err.message()).contains("character reads");
            // The hostile item is left out (not a 0): the remaining item decides the score.
            assertThat(e.result().decision().score()).isEqualTo(1.0);
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
        assertThat(e.trace().events()).filteredOn(TraceEvents.Error.class::isInstance)
                .singleElement().satisfies(ev -> {
                    assertThat(((TraceEvents.Error) ev).reason()).isEqualTo(UnscoredReason.VERIFIER_BUDGET);
                    assertThat(((TraceEvents.Error) ev).message()).contains("overflowed the matcher stack");
                });
    }
}

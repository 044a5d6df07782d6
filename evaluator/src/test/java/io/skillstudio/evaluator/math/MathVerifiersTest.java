package io.skillstudio.evaluator.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillstudio.evaluator.verify.ParamBinding;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MathVerifiersTest {

    private static VerifierResult equivalent(String response, String reference, Map<String, ?> params) {
        Verifier v = VerifierRegistry.standard().find("math.answer_equivalent").orElseThrow();
        ParamBinding b = v.bind(params);
        assertThat(b.problems()).isEmpty();
        return v.verify(new VerifierInput(response, "", reference), b.params());
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The answer is \\boxed{\\frac{1}{2}}.                 | 0.5        | true
            So the total is $1,234.                              | 1234       | true
            #### 72                                             | 72.0       | true
            Final answer: 25%                                    | 0.25       | true
            Therefore the final answer is 3\\sqrt{2}.            | \\sqrt{18} | true
            \\boxed{2x+2}                                        | 2(x+1)     | true
            \\boxed{x^2-1}                                       | (x-1)(x+1) | true
            \\boxed{x^2+1}                                       | (x+1)^2    | false
            I think it is 7, no wait, it is 8.                   | 7          | false
            \\boxed{\\dfrac{3}{4}} meters                        | 3/4        | true
            so it is \\boxed{25\\%}                             | 0.25       | true
            """)
    void comparesNumbersAndExpressions(String response, String reference, boolean expected) {
        VerifierResult r = equivalent(response, reference, Map.of());
        assertThat(r.passed()).as(r.explanation()).isEqualTo(expected);
        assertThat(r.evidence()).singleElement();
    }

    @Test
    void theBoxedAnswerWinsOverLaterNumbersAndTheSpanPointsAtIt() {
        String text = "We get \\boxed{42}. Check: 40 + 2 = 42, and 6 * 7 = 43 would be wrong.";
        VerifierResult r = equivalent(text, "42", Map.of());
        assertThat(r.passed()).isTrue();
        assertThat(text.substring(
                        r.evidence().get(0).start(), r.evidence().get(0).end()))
                .isEqualTo("42");
        assertThat(r.details().get("found_by")).isEqualTo("\\boxed{}");
    }

    @Test
    void paramsExpectedAndToleranceApply() {
        assertThat(equivalent("It is 3.14159", "", Map.of("expected", "pi", "tolerance", 1e-4))
                        .passed())
                .isTrue();
        assertThat(equivalent("It is 3.14", "", Map.of("expected", "pi")).passed())
                .isFalse();
    }

    @Test
    void withoutAReferenceTheItemCannotBeGradedRatherThanFailing() {
        assertThatThrownBy(() -> equivalent("\\boxed{1}", "", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no reference answer");
    }

    @Test
    void markedExtractionIgnoresStrayNumbers() {
        VerifierResult r = equivalent("I tried 3 ways and got 12 each time", "12", Map.of("extraction", "marked"));
        assertThat(r.passed()).isFalse();
        assertThat(r.explanation()).startsWith("no final answer found");
        Verifier has = VerifierRegistry.standard().find("math.has_final_answer").orElseThrow();
        assertThat(has.verify(
                                VerifierInput.ofResponse("Answer: 12"),
                                has.bind(Map.of()).params())
                        .passed())
                .isTrue();
    }

    @Test
    void aBadToleranceIsRefusedAtBindTime() {
        Verifier v = VerifierRegistry.standard().find("math.answer_equivalent").orElseThrow();
        assertThat(v.bind(Map.of("tolerance", 2)).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("tolerance"));
    }
}

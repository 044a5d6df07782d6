package io.skillstudio.evaluator.math;

import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.ParamProblem;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierProvider;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Math-answer checks ({@code math.*}): a final answer can be found, and it equals the reference answer
 * as a number or as an expression. A sample without a reference cannot be graded: that is an error
 * (the item is unscored), never a FAIL.
 */
public final class MathVerifiers implements VerifierProvider {

    static final double DEFAULT_TOLERANCE = 1e-6;

    private static final ParamSpec EXTRACTION = ParamSpec.oneOf(
            "extraction",
            false,
            "which forms count as the final answer: auto (\\boxed{}, '#### x', 'final answer is x', then the last "
                    + "number), boxed, or marked (all but the last-number fallback); default auto",
            AnswerExtraction.MODES);

    @Override
    public List<Verifier> verifiers() {
        return List.of(new HasAnswer(), new Equivalent());
    }

    static AnswerExtraction.Mode mode(Params p) {
        return p.string("extraction")
                .map(s -> AnswerExtraction.Mode.valueOf(s.toUpperCase(Locale.ROOT)))
                .orElse(AnswerExtraction.Mode.AUTO);
    }

    /** {@code math.has_final_answer}. */
    static final class HasAnswer implements Verifier {
        @Override
        public String id() {
            return "math.has_final_answer";
        }

        @Override
        public String description() {
            return "The solution states a final answer in a form a grader can find";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(EXTRACTION);
        }

        @Override
        public VerifierResult verify(VerifierInput input, Params params) {
            Optional<AnswerExtraction.Answer> a = AnswerExtraction.find(input.response(), mode(params));
            return a.map(x -> VerifierResult.pass(
                            "final answer '" + x.text() + "' (" + x.how() + ")",
                            List.of(new EvidenceSpan(x.start(), x.end(), "final answer"))))
                    .orElseGet(() -> VerifierResult.fail("no final answer found", List.of()));
        }
    }

    /** {@code math.answer_equivalent}. */
    static final class Equivalent implements Verifier {
        @Override
        public String id() {
            return "math.answer_equivalent";
        }

        @Override
        public String description() {
            return "The final answer equals the reference as a number or expression (fractions, LaTeX, percents)";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.optional(
                            "expected", ParamType.STRING, "the right answer (default: the sample's reference)"),
                    ParamSpec.optional("tolerance", ParamType.NUMBER, "relative tolerance (default 1e-6)"),
                    EXTRACTION);
        }

        @Override
        public List<ParamProblem> checkParams(Params params) {
            double t = params.number("tolerance").orElse(DEFAULT_TOLERANCE);
            return t >= 0 && t < 1 ? List.of() : List.of(new ParamProblem("tolerance", "must be in [0, 1), got " + t));
        }

        @Override
        public VerifierResult verify(VerifierInput input, Params params) {
            String expected =
                    params.string("expected").orElse(input.reference()).strip();
            if (expected.isEmpty()) {
                throw new IllegalArgumentException(
                        "no reference answer: give params.expected or the sample's reference");
            }
            Optional<AnswerExtraction.Answer> found = AnswerExtraction.find(input.response(), mode(params));
            if (found.isEmpty()) {
                return VerifierResult.fail("no final answer found (expected " + expected + ")", List.of());
            }
            AnswerExtraction.Answer a = found.get();
            MathExpressions.Verdict v = MathExpressions.compare(
                    a.text(), expected, params.number("tolerance").orElse(DEFAULT_TOLERANCE));
            EvidenceSpan span = new EvidenceSpan(
                    a.start(), a.end(), v.equivalent() ? "matches the reference" : "differs from the reference");
            return VerifierResult.of(v.equivalent(), v.explanation() + " (" + a.how() + ")", List.of(span))
                    .withDetails(Map.of("answer", a.text(), "expected", expected, "found_by", a.how()));
        }
    }
}

package io.skillstudio.evaluator.verify;

import java.util.List;
import java.util.Map;

/**
 * The result of one verifier call. For {@link Outcome#PASS}/{@link Outcome#FAIL} the value is 1 or 0;
 * for {@link Outcome#VALUE} it is the measured number (a count, a ratio). {@code details} carries
 * structured output a helper returns besides its headline (for example present and missing keys).
 */
public record VerifierResult(
        Outcome outcome, double value, String explanation, List<EvidenceSpan> evidence, Map<String, Object> details) {

    public VerifierResult {
        evidence = List.copyOf(evidence);
        details = Map.copyOf(details);
        explanation = explanation == null ? "" : explanation;
    }

    public static VerifierResult pass(String explanation, List<EvidenceSpan> evidence) {
        return new VerifierResult(Outcome.PASS, 1.0, explanation, evidence, Map.of());
    }

    public static VerifierResult fail(String explanation, List<EvidenceSpan> evidence) {
        return new VerifierResult(Outcome.FAIL, 0.0, explanation, evidence, Map.of());
    }

    public static VerifierResult of(boolean passed, String explanation, List<EvidenceSpan> evidence) {
        return passed ? pass(explanation, evidence) : fail(explanation, evidence);
    }

    public static VerifierResult value(double value, String explanation, List<EvidenceSpan> evidence) {
        return new VerifierResult(Outcome.VALUE, value, explanation, evidence, Map.of());
    }

    public VerifierResult withDetails(Map<String, Object> newDetails) {
        return new VerifierResult(outcome, value, explanation, evidence, newDetails);
    }

    public boolean passed() {
        return outcome == Outcome.PASS;
    }
}

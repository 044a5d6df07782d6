package io.skillstudio.evaluator.verify;

import java.util.Objects;

/**
 * What a verifier may look at. {@code prompt} and {@code reference} are empty strings when the
 * sample has none, so verifiers never see null.
 */
public record VerifierInput(String response, String prompt, String reference) {
    public VerifierInput {
        response = Objects.requireNonNullElse(response, "");
        prompt = Objects.requireNonNullElse(prompt, "");
        reference = Objects.requireNonNullElse(reference, "");
    }

    public static VerifierInput ofResponse(String response) {
        return new VerifierInput(response, "", "");
    }
}

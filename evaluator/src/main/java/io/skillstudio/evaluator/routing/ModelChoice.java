package io.skillstudio.evaluator.routing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The model's own routing decision for one sample, read from the {@code use_skill} call in its trace,
 * beside the expected skill and the static ranking's winner.
 *
 * @param chosenByModel the skill the model loaded, or null when it never called {@code use_skill}
 * @param expected the sample's expected skill, or null
 * @param staticChoice the static router's top skill, or null when the sample was not routed
 */
@JsonPropertyOrder({"sampleId", "chosenByModel", "expected", "staticChoice", "matchesExpected", "matchesStatic"})
public record ModelChoice(String sampleId, String chosenByModel, String expected, String staticChoice) {

    @JsonProperty
    public Boolean matchesExpected() {
        return expected == null ? null : expected.equals(chosenByModel);
    }

    @JsonProperty
    public Boolean matchesStatic() {
        return staticChoice == null ? null : staticChoice.equals(chosenByModel);
    }
}

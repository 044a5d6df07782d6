package io.skillstudio.evaluator.trace;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.model.hash.Sha256;
import java.util.Objects;

/**
 * A response as the verifiers saw it, kept in the trace so evidence offsets can be rendered from the
 * trace alone; {@code sha256} lets a reader check it against the sample set.
 */
@JsonPropertyOrder({"index", "sha256", "text"})
public record ResponseText(int index, String sha256, String text) {
    public ResponseText {
        Objects.requireNonNull(text, "text");
    }

    public static ResponseText of(int index, String text) {
        return new ResponseText(index, Sha256.hex(text), text);
    }
}

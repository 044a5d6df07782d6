package io.skillstudio.evaluator.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Something about a sample the reader should know that did not stop its scoring, e.g. it names
 * another skill. {@code code} is a stable wire value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "message"})
public record SampleWarning(String code, String message) {

    /** The sample's {@code expected_skill} names a skill other than the one evaluated. */
    public static final String SKILL_MISMATCH = "skill_mismatch";
    /** The sample's trace reached its per-sample cap ({@code TraceLimits}); the message says what was cut. */
    public static final String TRACE_TRUNCATED = "trace_truncated";

    public SampleWarning {
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
    }
}

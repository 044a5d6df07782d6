package io.skillstudio.evaluator.judge.trace;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A step of the judge loop, shaped like the evaluator's trace events (id, timestamp, durationMs, and
 * the {@code event} discriminator) so the run's trace can carry them unchanged.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "event")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ModelTurn.class, name = "model_turn"),
    @JsonSubTypes.Type(value = ToolCall.class, name = "tool_call")
})
public sealed interface JudgeEvent permits ModelTurn, ToolCall {
    String id();

    String timestamp();

    double durationMs();
}

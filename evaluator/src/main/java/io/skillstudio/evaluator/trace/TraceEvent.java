package io.skillstudio.evaluator.trace;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One step of an evaluation, serialized with the discriminator {@code event}. Every event has an id
 * (unique within its trace, in emission order), the ISO-8601 instant it started and how long it took.
 *
 * <p>The model judge adds its steps (model_turn, tool_call) as new records here and in
 * {@link JsonSubTypes}; existing events and the trace {@code version} stay unchanged, because readers
 * dispatch on the discriminator rather than on position.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "event")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TraceEvents.RunStarted.class, name = "run_started"),
    @JsonSubTypes.Type(value = TraceEvents.ResourceViewed.class, name = "resource_viewed"),
    @JsonSubTypes.Type(value = TraceEvents.VerifierRun.class, name = "verifier_run"),
    @JsonSubTypes.Type(value = TraceEvents.Aggregation.class, name = "aggregation"),
    @JsonSubTypes.Type(value = TraceEvents.FinalResult.class, name = "final_result"),
    @JsonSubTypes.Type(value = TraceEvents.Error.class, name = "error"),
    @JsonSubTypes.Type(value = ModelTurn.class, name = "model_turn"),
    @JsonSubTypes.Type(value = ToolCall.class, name = "tool_call")
})
public sealed interface TraceEvent
        permits TraceEvents.RunStarted,
                TraceEvents.ResourceViewed,
                TraceEvents.VerifierRun,
                TraceEvents.Aggregation,
                TraceEvents.FinalResult,
                TraceEvents.Error,
                ModelTurn,
                ToolCall {

    String id();

    String timestamp();

    double durationMs();
}

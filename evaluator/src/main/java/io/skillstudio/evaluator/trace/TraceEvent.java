package io.skillstudio.evaluator.trace;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One step of an evaluation, serialized with the discriminator {@code event}. Every event has an id
 * (unique within its trace, in start order), the id of its parent ({@code null} only for the root
 * {@code run_started}), the response index and the checklist item it belongs to ({@code null} when it
 * belongs to the whole sample or to no item), the ISO-8601 instant it started and how long it took.
 *
 * <p>The tree is explicit (trace v2): a {@code model_turn} is the parent of the {@code tool_call}s it
 * asked for, and a {@code verifier_run} decided by the model judge has the final answer's tool call as
 * parent, so a viewer draws it without guessing from order. Readers dispatch on the discriminator, so
 * new event types are added here without changing the existing ones.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "event")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TraceEvents.RunStarted.class, name = "run_started"),
    @JsonSubTypes.Type(value = TraceEvents.ResourceViewed.class, name = "resource_viewed"),
    @JsonSubTypes.Type(value = TraceEvents.VerifierRun.class, name = "verifier_run"),
    @JsonSubTypes.Type(value = TraceEvents.Aggregation.class, name = "aggregation"),
    @JsonSubTypes.Type(value = TraceEvents.FinalResult.class, name = "final_result"),
    @JsonSubTypes.Type(value = TraceEvents.Error.class, name = "error"),
    @JsonSubTypes.Type(value = TraceEvents.Warning.class, name = "warning"),
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
                TraceEvents.Warning,
                ModelTurn,
                ToolCall {

    String id();

    /** The id of the event this one belongs under; {@code null} for the root. */
    String parent();

    /** The 0-based response this event concerns, or {@code null} for the whole sample. */
    Integer response();

    /** The checklist item this event concerns, or {@code null}. */
    String item();

    String timestamp();

    double durationMs();
}

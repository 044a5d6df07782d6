package io.skillstudio.evaluator.trace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One model call. {@code messagesAdded} holds only the messages appended since the previous turn
 * (the first turn holds all of them): with {@code messageCount} a reader rebuilds every request
 * exactly, without the trace growing with the square of the step count. The turn is the parent of
 * the tool calls it asked for.
 *
 * @param requestKey sha256 of the canonical request, the cache key
 * @param phase {@code loop}, {@code retry_invalid} or {@code forced}
 * @param error reason code and message when the call failed after its retries
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "id",
    "parent",
    "response",
    "item",
    "timestamp",
    "durationMs",
    "step",
    "phase",
    "model",
    "messageCount",
    "messagesAdded",
    "tools",
    "toolChoice",
    "replyText",
    "toolCalls",
    "finishReason",
    "tokensIn",
    "tokensOut",
    "attempts",
    "cacheHit",
    "requestKey",
    "error"
})
public record ModelTurn(
        String id,
        String parent,
        Integer response,
        String item,
        String timestamp,
        double durationMs,
        int step,
        String phase,
        String model,
        int messageCount,
        List<Map<String, Object>> messagesAdded,
        List<String> tools,
        String toolChoice,
        String replyText,
        List<Map<String, Object>> toolCalls,
        String finishReason,
        long tokensIn,
        long tokensOut,
        int attempts,
        boolean cacheHit,
        String requestKey,
        String error)
        implements TraceEvent {
    public ModelTurn {
        messagesAdded = messagesAdded == null ? List.of() : List.copyOf(messagesAdded);
        tools = tools == null ? List.of() : List.copyOf(tools);
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }
}

package io.skillstudio.evaluator.trace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One tool call the model made and the exact result it was given back; its parent is the model turn. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "id",
    "parent",
    "response",
    "item",
    "timestamp",
    "durationMs",
    "step",
    "callId",
    "name",
    "arguments",
    "ok",
    "result"
})
public record ToolCall(
        String id,
        String parent,
        Integer response,
        String item,
        String timestamp,
        double durationMs,
        int step,
        String callId,
        String name,
        String arguments,
        boolean ok,
        Map<String, Object> result)
        implements TraceEvent {
    public ToolCall {
        result = result == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(result));
    }
}

package io.skillstudio.evaluator.trace;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** One tool call the model made and the exact result it was given back. */
@JsonPropertyOrder({"id", "timestamp", "durationMs", "step", "callId", "name", "arguments", "ok", "result"})
public record ToolCall(String id, String timestamp, double durationMs, int step, String callId, String name,
        String arguments, boolean ok, Map<String, Object> result) implements TraceEvent {
    public ToolCall {
        result = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(result));
    }
}

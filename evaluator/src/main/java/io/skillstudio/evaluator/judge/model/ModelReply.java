package io.skillstudio.evaluator.judge.model;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model reply reduced to what the loop and the cache need.
 *
 * @param finishReason LangChain4j's finish reason name, or empty
 */
public record ModelReply(
        String text, List<ToolExecutionRequest> toolCalls, String finishReason, long tokensIn, long tokensOut) {

    public ModelReply {
        text = Objects.requireNonNullElse(text, "");
        toolCalls = List.copyOf(toolCalls);
        finishReason = Objects.requireNonNullElse(finishReason, "");
    }

    public AiMessage asAiMessage() {
        return toolCalls.isEmpty() ? AiMessage.from(text) : AiMessage.from(text, toolCalls);
    }

    /** The canonical form stored in the cache. */
    public Map<String, Object> toJson() {
        return Map.of(
                "text",
                text,
                "tool_calls",
                MessageJson.toolCalls(toolCalls),
                "finish_reason",
                finishReason,
                "tokens_in",
                tokensIn,
                "tokens_out",
                tokensOut);
    }

    @SuppressWarnings("unchecked")
    public static ModelReply fromJson(Map<String, Object> j) {
        List<ToolExecutionRequest> calls = ((List<Map<String, Object>>) j.getOrDefault("tool_calls", List.of()))
                .stream()
                        .map(c -> ToolExecutionRequest.builder()
                                .id((String) c.get("id"))
                                .name((String) c.get("name"))
                                .arguments((String) c.get("arguments"))
                                .build())
                        .toList();
        return new ModelReply(
                (String) j.get("text"),
                calls,
                (String) j.get("finish_reason"),
                ((Number) j.getOrDefault("tokens_in", 0)).longValue(),
                ((Number) j.getOrDefault("tokens_out", 0)).longValue());
    }
}

package io.skillstudio.evaluator.judge.model;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chat messages as plain maps in OpenAI's wire shape ({@code role}, {@code content},
 * {@code tool_calls}, {@code tool_call_id}), for traces and cache keys.
 */
public final class MessageJson {
    private MessageJson() {}

    public static List<Map<String, Object>> of(List<ChatMessage> messages) {
        List<Map<String, Object>> out = new ArrayList<>(messages.size());
        for (ChatMessage m : messages) {
            out.add(of(m));
        }
        return out;
    }

    public static Map<String, Object> of(ChatMessage m) {
        Map<String, Object> j = new LinkedHashMap<>();
        if (m instanceof SystemMessage s) {
            j.put("role", "system");
            j.put("content", s.text());
        } else if (m instanceof UserMessage u) {
            j.put("role", "user");
            j.put("content", u.hasSingleText() ? u.singleText() : String.valueOf(u.contents()));
        } else if (m instanceof AiMessage a) {
            j.put("role", "assistant");
            j.put("content", a.text() == null ? "" : a.text());
            if (a.hasToolExecutionRequests()) {
                j.put("tool_calls", toolCalls(a.toolExecutionRequests()));
            }
        } else if (m instanceof ToolExecutionResultMessage t) {
            j.put("role", "tool");
            j.put("tool_call_id", t.id());
            j.put("name", t.toolName());
            j.put("content", t.text());
        } else {
            j.put("role", m.type().toString().toLowerCase(Locale.ROOT));
            j.put("content", String.valueOf(m));
        }
        return j;
    }

    public static List<Map<String, Object>> toolCalls(List<ToolExecutionRequest> calls) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ToolExecutionRequest r : calls) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", r.id());
            c.put("name", r.name());
            c.put("arguments", r.arguments());
            out.add(c);
        }
        return out;
    }

    public static List<Map<String, Object>> tools(List<ToolSpecification> specs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ToolSpecification t : specs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.name());
            m.put("description", t.description());
            m.put("parameters", String.valueOf(t.parameters()));
            out.add(m);
        }
        return out;
    }
}

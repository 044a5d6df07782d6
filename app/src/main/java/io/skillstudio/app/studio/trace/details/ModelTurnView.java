package io.skillstudio.app.studio.trace.details;

import io.skillstudio.evaluator.output.RunOutput;
import io.skillstudio.evaluator.trace.ModelTurn;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One model call: the messages it added, the reply, tokens and latency. */
final class ModelTurnView extends DetailPane {
    ModelTurnView(ModelTurn e) {
        super("Model turn " + e.step() + " · " + e.model());
        row("Phase", e.phase())
                .row("Latency", String.format(Locale.ROOT, "%.1f ms", e.durationMs()))
                .row("Tokens in / out", e.tokensIn() + " / " + e.tokensOut())
                .row("Cache", e.cacheHit() ? "hit (not paid in this run)" : "miss")
                .row("Attempts", e.attempts())
                .row("Finish reason", e.finishReason())
                .row("Messages in request", e.messageCount())
                .row("Tools offered", String.join(", ", e.tools()))
                .row("Tool choice", e.toolChoice());
        if (e.error() != null) {
            row("Error", e.error());
        }
        text(
                "Messages added by this turn",
                e.messagesAdded().stream().map(ModelTurnView::message).collect(Collectors.joining("\n\n")),
                "turnMessages");
        text("Reply", e.replyText(), "turnReply");
        if (!e.toolCalls().isEmpty()) {
            text("Tool calls requested", RunOutput.json(e.toolCalls()), null);
        }
    }

    private static String message(Map<String, Object> m) {
        Object role = m.getOrDefault("role", "?");
        Object content =
                m.getOrDefault("content", m.containsKey("tool_calls") ? RunOutput.json(m.get("tool_calls")) : "");
        return "[" + role + "]\n" + content;
    }
}

package io.skillstudio.app.studio.trace.details;

import io.skillstudio.evaluator.output.RunOutput;
import io.skillstudio.evaluator.trace.ToolCall;
import java.util.Locale;

/** A tool call: its arguments and the exact result the model was given. */
final class ToolCallView extends DetailPane {
    ToolCallView(ToolCall e) {
        super("Tool call " + e.name());
        row("Step", e.step())
                .row("Call id", e.callId())
                .row("Succeeded", e.ok() ? "yes" : "no")
                .row("Latency", String.format(Locale.ROOT, "%.1f ms", e.durationMs()));
        text("Arguments", e.arguments(), "toolArguments");
        text("Result (exact)", RunOutput.json(e.result()), "toolResult");
    }
}

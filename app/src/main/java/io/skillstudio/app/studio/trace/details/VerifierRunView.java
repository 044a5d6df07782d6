package io.skillstudio.app.studio.trace.details;

import io.skillstudio.evaluator.output.RunOutput;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import java.util.Locale;
import java.util.stream.Collectors;

/** A verifier run: parameters, outcome, explanation and the evidence spans it marked. */
final class VerifierRunView extends DetailPane {
    VerifierRunView(TraceEvents.VerifierRun e) {
        super("Item " + e.item());
        row("Verifier", e.verifier())
                .row("Response", e.response() == null ? "—" : e.response() + 1)
                .row("Outcome", e.outcome())
                .row("Value", String.format(Locale.ROOT, "%.3f", e.value()))
                .row("Latency", String.format(Locale.ROOT, "%.2f ms", e.durationMs()))
                .row("Parameters", e.params().isEmpty() ? "(none)" : RunOutput.json(e.params()));
        text("Explanation", e.explanation(), "verifierExplanation");
        if (!e.evidence().isEmpty()) {
            text(
                    "Evidence spans",
                    e.evidence().stream().map(VerifierRunView::span).collect(Collectors.joining("\n")),
                    null);
        }
    }

    private static String span(EvidenceSpan s) {
        return "[" + s.start() + ", " + s.end() + ")" + (s.text() == null ? "" : " \"" + s.text() + "\"")
                + (s.count() == null ? "" : " ×" + s.count()) + (s.note().isEmpty() ? "" : "  " + s.note());
    }
}

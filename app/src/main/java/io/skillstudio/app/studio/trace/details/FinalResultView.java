package io.skillstudio.app.studio.trace.details;

import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.trace.TraceEvents;
import java.util.Locale;

/** The sample's result and each response's score. */
final class FinalResultView extends DetailPane {
    FinalResultView(TraceEvents.FinalResult e) {
        super("Final result");
        Decision d = e.decision();
        row("Status", d.status().code());
        if (d.hasValue()) {
            if (!d.isScored()) {
                row("Partial because", d.reason().code() + (d.detail() == null ? "" : ": " + d.detail()));
            }
            row(
                    d.score() != null ? "Score" : d.verdict() != null ? "Verdict" : "Best response",
                    d.score() != null
                            ? String.format(Locale.ROOT, "%.4f", d.score())
                            : d.verdict() != null ? d.verdict() : d.best());
        } else {
            row("Reason", d.reason().code()).row("Detail", d.detail());
        }
        for (int i = 0; i < e.scores().size(); i++) {
            Score s = e.scores().get(i);
            row(
                    "Response " + (i + 1),
                    s.isScored()
                            ? String.format(Locale.ROOT, "%.4f", s.value())
                            : "unscored: " + s.reason().code());
        }
    }
}

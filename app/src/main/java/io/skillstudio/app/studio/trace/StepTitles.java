package io.skillstudio.app.studio.trace;

import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.verify.Outcome;
import java.util.Locale;

/** The one-line titles of steps in the tree. */
final class StepTitles {

    private StepTitles() {}

    static String of(TraceEvent e) {
        if (e instanceof TraceEvents.RunStarted r) {
            return "Run " + r.sampleId() + " · " + r.mode() + " · " + r.responses()
                    + (r.responses() == 1 ? " response · " : " responses · ") + r.items() + " items";
        }
        if (e instanceof TraceEvents.ResourceViewed v) {
            return "Read " + (v.path().isEmpty() ? v.resourceId() : v.path()) + " (" + v.items() + " items)";
        }
        if (e instanceof ModelTurn m) {
            return "Model turn " + m.step()
                    + (m.phase() == null || m.phase().equals("loop") ? "" : " (" + m.phase() + ")")
                    + " · " + m.tokensIn() + "+" + m.tokensOut() + " tokens" + (m.cacheHit() ? " · cached" : "")
                    + (m.error() != null ? " · failed" : "");
        }
        if (e instanceof ToolCall t) {
            return "Tool " + t.name() + (t.ok() ? "" : " · failed");
        }
        if (e instanceof TraceEvents.VerifierRun v) {
            return mark(v) + " " + v.item() + " · " + v.verifier()
                    + (v.outcome() == Outcome.VALUE ? " = " + Figures.format(v.value()) : "");
        }
        if (e instanceof TraceEvents.Aggregation a) {
            return "Aggregation (" + lower(a.breakdown().method()) + ") → "
                    + (a.breakdown().score().isScored()
                            ? Figures.format(a.breakdown().score().value())
                            : "unscored: " + a.breakdown().score().reason().code());
        }
        if (e instanceof TraceEvents.FinalResult f) {
            return "Final result: " + decision(f.decision());
        }
        if (e instanceof TraceEvents.Warning w) {
            return "Warning: " + w.code();
        }
        TraceEvents.Error err = (TraceEvents.Error) e;
        return "Unscored " + (err.item() != null ? err.item() + ": " : "sample: ")
                + err.reason().code();
    }

    static String decision(Decision d) {
        if (!d.hasValue()) {
            return "unscored (" + d.reason().code() + ")";
        }
        String value = d.score() != null
                ? Figures.format(d.score())
                : d.verdict() != null ? d.verdict() : "best = " + d.best();
        return d.isScored() ? value : value + " (partial: " + d.reason().code() + ")";
    }

    private static String mark(TraceEvents.VerifierRun v) {
        return passed(v) ? "✓" : "✗";
    }

    /** Whether a verifier run counts as passed: PASS, or a VALUE of at least 0.5 (upstream's numeric rule). */
    static boolean passed(TraceEvents.VerifierRun v) {
        return v.outcome() == Outcome.PASS || (v.outcome() == Outcome.VALUE && v.value() >= 0.5);
    }

    static String responseLabel(int index, int count) {
        return count > 1 && count <= 26 ? "Response " + (char) ('A' + index) : "Response " + (index + 1);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}

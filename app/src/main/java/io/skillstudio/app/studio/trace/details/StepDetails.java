package io.skillstudio.app.studio.trace.details;

import io.skillstudio.app.studio.trace.Step;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Picks the detail view of a step: one view class per event type. */
public final class StepDetails {

    private StepDetails() {}

    public static Node of(Step step, Provenance provenance) {
        if (step.event().isEmpty()) {
            return new DetailPane(step.title()).row("Steps", step.children().size());
        }
        TraceEvent e = step.event().get();
        if (e instanceof TraceEvents.RunStarted r) {
            return new RunStartedView(r, provenance);
        }
        if (e instanceof TraceEvents.ResourceViewed r) {
            return new ResourceViewedView(r);
        }
        if (e instanceof ModelTurn m) {
            return new ModelTurnView(m);
        }
        if (e instanceof ToolCall t) {
            return new ToolCallView(t);
        }
        if (e instanceof TraceEvents.VerifierRun v) {
            return new VerifierRunView(v);
        }
        if (e instanceof TraceEvents.Aggregation a) {
            return new AggregationView(a);
        }
        if (e instanceof TraceEvents.FinalResult f) {
            return new FinalResultView(f);
        }
        if (e instanceof TraceEvents.Error err) {
            return new ErrorView(err);
        }
        if (e instanceof TraceEvents.Warning w) {
            return new DetailPane("Warning: " + w.code())
                    .row("Response", w.response() == null ? "(whole sample)" : w.response() + 1)
                    .text("Message", w.message(), "warningMessage");
        }
        return new Label(step.title());
    }
}

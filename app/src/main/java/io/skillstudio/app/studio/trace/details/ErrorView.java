package io.skillstudio.app.studio.trace.details;

import io.skillstudio.evaluator.trace.TraceEvents;

/** Something that could not be scored, and why. */
final class ErrorView extends DetailPane {
    ErrorView(TraceEvents.Error e) {
        super(e.item() == null ? "The sample could not be scored" : "Item " + e.item() + " is unscored");
        row("Reason", e.reason().code()).row("Response", e.response() == null ? "(whole sample)" : e.response() + 1);
        text("Message", e.message(), "errorMessage");
    }
}

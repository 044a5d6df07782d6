package io.skillstudio.app.studio.trace.details;

import io.skillstudio.evaluator.trace.TraceEvents;

/** A resource the evaluation read. */
final class ResourceViewedView extends DetailPane {
    ResourceViewedView(TraceEvents.ResourceViewed e) {
        super("Read " + (e.path().isEmpty() ? "the sample's own checklist" : e.path()));
        row("Resource", e.resourceId())
                .row("File", e.path().isEmpty() ? "(carried by the sample)" : e.path())
                .row("Items", e.items());
    }
}

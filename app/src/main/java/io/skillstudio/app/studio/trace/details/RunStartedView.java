package io.skillstudio.app.studio.trace.details;

import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.trace.TraceEvents;

/** The start of a sample's evaluation, with the run's provenance. */
final class RunStartedView extends DetailPane {
    RunStartedView(TraceEvents.RunStarted e, Provenance p) {
        super("Run of sample " + e.sampleId());
        row("Mode", e.mode())
                .row("Responses", e.responses())
                .row("Checklist items", e.items())
                .row("Skill", p.skillName() + " " + p.skillVersion())
                .row("Content hash", p.contentHash())
                .row("Checklist", p.checklist())
                .row("Selection", p.selection())
                .row("Judge model", p.judgeModel())
                .row("Evaluator", p.evaluatorVersion())
                .row("Settings", p.settings())
                .row("Started", e.timestamp());
    }
}

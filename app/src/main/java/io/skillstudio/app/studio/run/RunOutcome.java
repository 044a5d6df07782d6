package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.run.RunReport;
import java.util.List;

/**
 * What a run produced: the report (results and traces in sample order), its summary as
 * {@code summary.json} holds it, and warnings about the inputs (a checklist that lost items).
 */
public record RunOutcome(RunReport report, RunSummary summary, List<String> warnings) {
    public RunOutcome {
        warnings = List.copyOf(warnings);
    }
}

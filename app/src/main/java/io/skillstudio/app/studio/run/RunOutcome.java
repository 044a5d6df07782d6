package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.run.Evaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a run produced: every finished sample with its trace (in sample order), the summary as
 * {@code summary.json} holds it, warnings about the inputs, and where the run was kept.
 *
 * @param folder the run folder the evaluator's {@code RunOutput} published, empty when not kept
 */
public record RunOutcome(
        List<Evaluation> evaluations, RunSummary summary, List<String> warnings, Optional<Path> folder) {
    public RunOutcome {
        evaluations = List.copyOf(evaluations);
        warnings = List.copyOf(warnings);
    }
}

package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.trace.TraceRecorder;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What a {@link SampleJudgeStrategy} gets besides the sample: the subject, the run's settings, the
 * model judge if any, the sample's trace recorder and the cancel signal.
 *
 * @param cancel true once the run was cancelled; a strategy stops at its next step boundary
 */
public record SampleContext(
        EvalSubject subject,
        EvalSettings settings,
        Optional<Judge> judge,
        TraceRecorder recorder,
        BooleanSupplier cancel) {

    public boolean cancelled() {
        return cancel.getAsBoolean() || Thread.currentThread().isInterrupted();
    }
}

package io.skillstudio.evaluator.service;

import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every finished sample in memory, in sample order: for runs small enough to show whole (the
 * studio's run window, tests). Large runs stream to {@link io.skillstudio.evaluator.output.RunOutput}.
 * Written by the run's coordinator; read it after the run ended.
 */
public final class CollectingSink implements ResultSink {

    private final List<Evaluation> evaluations = new ArrayList<>();

    @Override
    public synchronized void accept(Evaluation evaluation) {
        evaluations.add(evaluation);
    }

    public synchronized List<Evaluation> evaluations() {
        return List.copyOf(evaluations);
    }

    public synchronized List<SampleResult> results() {
        return evaluations.stream().map(Evaluation::result).toList();
    }

    public synchronized List<Trace> traces() {
        return evaluations.stream().map(Evaluation::trace).toList();
    }
}

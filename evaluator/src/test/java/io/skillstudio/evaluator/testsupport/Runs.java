package io.skillstudio.evaluator.testsupport;

import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.service.CollectingSink;
import io.skillstudio.evaluator.service.EvaluationService;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.service.RunOutcome;
import io.skillstudio.evaluator.service.RunRequest;
import io.skillstudio.evaluator.service.SampleSource;
import io.skillstudio.evaluator.trace.Trace;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs samples through the evaluation service in memory, as tests need. */
public final class Runs {

    private Runs() {}

    /** A finished in-memory run. */
    public record Result(RunOutcome outcome, CollectingSink sink) {
        public List<SampleResult> results() {
            return sink.results();
        }

        public List<Trace> traces() {
            return sink.traces();
        }
    }

    public static Result run(SampleEvaluator evaluator, List<Sample> samples) {
        return run(evaluator, samples, evaluator.settings().threads(), RunListener.NONE);
    }

    public static Result run(SampleEvaluator evaluator, List<Sample> samples, int threads, RunListener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CollectingSink sink = new CollectingSink();
            RunRequest request =
                    RunRequest.of(evaluator, SampleSource.of(samples)).withSink(sink);
            request = new RunRequest(evaluator, request.samples(), threads, sink, request.rlProjection());
            RunOutcome outcome = new EvaluationService(pool, Runnable::run).run(request, listener);
            return new Result(outcome, sink);
        } finally {
            pool.shutdownNow();
        }
    }
}

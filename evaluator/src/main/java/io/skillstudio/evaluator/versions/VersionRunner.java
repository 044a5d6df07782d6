package io.skillstudio.evaluator.versions;

import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.service.CollectingSink;
import io.skillstudio.evaluator.service.EvaluationService;
import io.skillstudio.evaluator.service.RunHandle;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.service.RunOutcome;
import io.skillstudio.evaluator.service.RunRequest;
import io.skillstudio.evaluator.service.SampleSource;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.load.SkillPackage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one place drift runs a version of a package: through the {@link EvaluationService}, the path the
 * command line, the studio and the reward server share. The same judge (and with it the same judge
 * cache) serves both versions, so an unchanged version costs no model calls.
 */
public final class VersionRunner {

    private final EvalSettings settings;
    private final Optional<Judge> judge;
    private final VerifierRegistry registry;
    private final Clock clock;

    public VersionRunner(EvalSettings settings, Optional<Judge> judge) {
        this(settings, judge, VerifierRegistry.standard(), Clock.systemUTC());
    }

    public VersionRunner(EvalSettings settings, Optional<Judge> judge, VerifierRegistry registry, Clock clock) {
        this.settings = settings;
        this.judge = judge;
        this.registry = registry;
        this.clock = clock;
    }

    /** A run of one version: results and traces in sample order, the provenance, and how it ended. */
    public record VersionRun(
            List<SampleResult> results, List<Trace> traces, Provenance provenance, RunOutcome outcome) {
        public VersionRun {
            results = List.copyOf(results);
            traces = List.copyOf(traces);
        }

        /** The trace of a sample, by id: the first, as for results. */
        public Optional<Trace> trace(String sampleId) {
            return traces.stream().filter(t -> t.sampleId().equals(sampleId)).findFirst();
        }
    }

    /**
     * @param onHandle receives the run's handle first, to cancel it from another thread
     * @throws IllegalArgumentException when the settings name a checklist this version lacks
     */
    public VersionRun run(SkillPackage pkg, List<Sample> samples, RunListener listener, Consumer<RunHandle> onHandle) {
        SampleEvaluator evaluator =
                new SampleEvaluator(EvalSubject.of(pkg, settings.checklistId()), settings, registry, clock, judge);
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, settings.threads()), r -> {
            Thread t = new Thread(r, "skillstudio-drift-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            CollectingSink sink = new CollectingSink();
            RunOutcome outcome = new EvaluationService(workers, Runnable::run)
                    .run(RunRequest.of(evaluator, SampleSource.of(samples)).withSink(sink), listener, onHandle);
            return new VersionRun(sink.results(), sink.traces(), evaluator.provenance(), outcome);
        } finally {
            workers.shutdownNow();
        }
    }

    public EvalSettings settings() {
        return settings;
    }
}

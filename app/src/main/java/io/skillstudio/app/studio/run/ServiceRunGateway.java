package io.skillstudio.app.studio.run;

import io.skillstudio.app.studio.concurrent.UiTaskExecutor;
import io.skillstudio.evaluator.checklist.ChecklistProblem;
import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.output.RunOutput;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.EvaluatorOptions;
import io.skillstudio.evaluator.service.CollectingSink;
import io.skillstudio.evaluator.service.EvaluationService;
import io.skillstudio.evaluator.service.Evaluators;
import io.skillstudio.evaluator.service.ResultSink;
import io.skillstudio.evaluator.service.RunNotice;
import io.skillstudio.evaluator.service.SampleSource;
import io.skillstudio.model.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Runs through the evaluator's {@link EvaluationService}, as {@code skillstudio eval} does: the same
 * preparation (validation, checklist), judge, summary and run folder writer ({@link RunOutput}), so a
 * studio run and a command-line run of the same inputs agree. The run's coordination happens on the
 * calling thread (a background task); samples run on a pool of the requested size, closed after the run.
 */
public final class ServiceRunGateway implements RunGateway {

    private final Optional<Path> judgeCache;
    private final Function<String, String> env;

    /**
     * @param judgeCache the model judge's disk cache folder, or empty to bypass it
     * @param env where the judge's API key variable is looked up
     */
    public ServiceRunGateway(Optional<Path> judgeCache, Function<String, String> env) {
        this.judgeCache = judgeCache;
        this.env = env;
    }

    @Override
    public RunOutcome run(RunRequest request, Optional<Path> keepIn, RunListener listener, RunCancel cancel)
            throws IOException {
        List<String> warnings = new ArrayList<>();
        // Offline first: without a key the model items stay unjudged, and the run says why.
        Optional<Judge> judge = StudioJudge.create(request.judge(), judgeCache, env, warnings::add);
        Evaluators.Prepared prepared;
        try {
            prepared = Evaluators.prepare(request.pkg(), request.settings(), judge, EvaluatorOptions.DEFAULT);
        } catch (Evaluators.InvalidPackageException e) {
            throw new IllegalArgumentException(e.getMessage().replace("--allow-invalid", "skillstudio eval --allow-invalid")
                    + ": " + e.diagnostics().stream().filter(Diagnostic::isError).limit(3)
                            .map(d -> d.file() + ":" + d.line() + " " + d.message()).toList());
        }
        prepared.runtimeProfileWarnings().forEach(d -> warnings.add(d.file() + ": " + d.code() + " " + d.message()));
        for (ChecklistProblem p : prepared.checklistProblems()) {
            warnings.add(prepared.evaluator().subject().checklist().file() + p.at().map(s -> ":" + s.line()).orElse("")
                    + ": " + p.message());
        }
        SampleSource source = request.sampleSet().isPresent() ? SampleSource.jsonl(request.sampleSet().get())
                : SampleSource.of(request.samples());
        int threads = request.settings().threads();
        ExecutorService workers = Executors.newFixedThreadPool(threads, UiTaskExecutor.daemonThreads("studio-eval"));
        CollectingSink collected = new CollectingSink();
        RunOutput output = keepIn.isPresent() ? RunOutput.open(keepIn.get()) : null;
        try (source) {
            ResultSink sink = output == null ? collected : e -> {
                output.write(e);
                collected.accept(e);
            };
            var serviceRequest = new io.skillstudio.evaluator.service.RunRequest(prepared.evaluator(), source, threads,
                    sink, Optional.empty());
            var outcome = new EvaluationService(workers, Runnable::run).run(serviceRequest,
                    new io.skillstudio.evaluator.service.RunListener() {
                        @Override
                        public void sampleDone(Evaluation evaluation, int done, int total) {
                            listener.sampleDone(evaluation, done, total);
                        }

                        @Override
                        public void notice(RunNotice notice) {
                            warnings.add((notice.where().isEmpty() ? "" : notice.where() + ": ") + notice.message());
                        }
                    }, cancel::attach);
            if (outcome.failed()) {
                throw new IOException("the run failed: " + outcome.failure().map(Throwable::toString).orElse("unknown"),
                        outcome.failure().orElse(null));
            }
            Optional<Path> folder = Optional.empty();
            if (output != null) {
                output.publish(outcome.summary());
                folder = Optional.of(output.folder());
            }
            return new RunOutcome(collected.evaluations(), outcome.summary(), warnings, folder);
        } finally {
            workers.shutdownNow();
            if (output != null) {
                output.close();
            }
        }
    }
}

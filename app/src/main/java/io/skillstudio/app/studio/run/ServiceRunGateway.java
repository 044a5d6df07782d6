package io.skillstudio.app.studio.run;

import io.skillstudio.app.studio.concurrent.UiTaskExecutor;
import io.skillstudio.evaluator.checklist.ChecklistProblem;
import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.output.RunOutput;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.service.CollectingSink;
import io.skillstudio.evaluator.service.EvaluationService;
import io.skillstudio.evaluator.service.Evaluators;
import io.skillstudio.evaluator.service.ModeCheckedSource;
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

    /** Errors listed in a refusal; Problems has the rest. */
    private static final int MAX_LISTED = 20;

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
        SampleSource base = request.sampleSet().isPresent()
                ? SampleSource.open(
                        request.sampleSet().get(),
                        request.choices().format(),
                        request.choices().seed())
                : SampleSource.of(request.samples());
        ModeCheckedSource source;
        try {
            source = ModeCheckedSource.of(
                    base,
                    request.sampleSet().map(Path::toString).orElse("sample"),
                    request.choices().mode());
        } catch (IOException | RuntimeException e) {
            base.close();
            throw e;
        }
        Evaluators.Prepared prepared;
        try {
            prepared = prepare(request, source.mode(), judge, warnings);
        } catch (IllegalArgumentException e) {
            source.close();
            throw e;
        }
        int threads = request.threads();
        ExecutorService workers = Executors.newFixedThreadPool(threads, UiTaskExecutor.daemonThreads("studio-eval"));
        CollectingSink collected = new CollectingSink();
        RunOutput output = keepIn.isPresent() ? RunOutput.open(keepIn.get()) : null;
        try (source) {
            ResultSink sink = output == null
                    ? collected
                    : e -> {
                        output.write(e);
                        collected.accept(e);
                    };
            var serviceRequest = new io.skillstudio.evaluator.service.RunRequest(
                    prepared.evaluator(), source, threads, sink, Optional.empty());
            var outcome = new EvaluationService(workers, Runnable::run)
                    .run(
                            serviceRequest,
                            new io.skillstudio.evaluator.service.RunListener() {
                                @Override
                                public void sampleDone(Evaluation evaluation, int done, int total) {
                                    listener.sampleDone(evaluation, done, total);
                                }

                                @Override
                                public void notice(RunNotice notice) {
                                    warnings.add(
                                            (notice.where().isEmpty() ? "" : notice.where() + ": ") + notice.message());
                                }
                            },
                            cancel::attach);
            if (outcome.failed()) {
                throw new IOException(
                        "the run failed: "
                                + outcome.failure().map(Throwable::toString).orElse("unknown"),
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

    /**
     * Validates and prepares as {@code eval} does: a package with validation errors is refused with every
     * error listed unless the run allows invalid packages (then it runs, provenance says so, and the run
     * warns); swap needs a pairwise run and, with a checklist, whole-skill judging.
     */
    private static Evaluators.Prepared prepare(
            RunRequest request, EvalMode mode, Optional<Judge> judge, List<String> warnings) {
        RunChoices choices = request.choices();
        choices.judging().problem(mode, false).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        Evaluators.Prepared prepared;
        try {
            prepared = Evaluators.prepare(
                    request.pkg(),
                    new EvalSettings(mode, 0.0, request.threads(), Optional.empty()),
                    judge,
                    choices.options());
        } catch (Evaluators.InvalidPackageException e) {
            throw new RunRefusedException(refusal(e.diagnostics()));
        }
        choices.judging()
                .problem(mode, !prepared.evaluator().subject().checklistId().isEmpty())
                .ifPresent(p -> {
                    throw new IllegalArgumentException(p);
                });
        long errors =
                prepared.diagnostics().stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            warnings.add(
                    0,
                    "the package fails validation (" + errors + " error(s)) and was run anyway: every result's"
                            + " provenance says allowInvalid");
        }
        prepared.runtimeProfileWarnings().forEach(d -> warnings.add(d.file() + ": " + d.code() + " " + d.message()));
        for (ChecklistProblem p : prepared.checklistProblems()) {
            warnings.add(prepared.evaluator().subject().checklist().file()
                    + p.at().map(s -> ":" + s.line()).orElse("") + ": " + p.message());
        }
        return prepared;
    }

    private static String refusal(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors =
                diagnostics.stream().filter(Diagnostic::isError).toList();
        StringBuilder b = new StringBuilder("The package has " + errors.size() + " validation error(s), so it is not"
                + " run (check \"Allow invalid package\" to run it anyway, as eval --allow-invalid):");
        errors.stream()
                .limit(MAX_LISTED)
                .forEach(d -> b.append("\n• ")
                        .append(
                                d.file().isEmpty()
                                        ? ""
                                        : d.file() + (d.line() > 0 ? ":" + d.line() + ":" + d.column() : "") + ": ")
                        .append(d.code())
                        .append(' ')
                        .append(d.message()));
        if (errors.size() > MAX_LISTED) {
            b.append("\n… and ").append(errors.size() - MAX_LISTED).append(" more (Problems lists them all)");
        }
        return b.toString();
    }
}

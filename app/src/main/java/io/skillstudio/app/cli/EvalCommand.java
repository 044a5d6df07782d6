package io.skillstudio.app.cli;

import io.skillstudio.evaluator.checklist.ChecklistProblem;
import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.output.RunOutput;
import io.skillstudio.evaluator.python.RegexRunBudget;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvaluatorOptions;
import io.skillstudio.evaluator.run.Judging;
import io.skillstudio.evaluator.sample.SampleFormat;
import io.skillstudio.evaluator.service.EvaluationService;
import io.skillstudio.evaluator.service.Evaluators;
import io.skillstudio.evaluator.service.ModeCheckedSource;
import io.skillstudio.evaluator.service.RunHandle;
import io.skillstudio.evaluator.service.RunOutcome;
import io.skillstudio.evaluator.service.RunRequest;
import io.skillstudio.evaluator.service.SampleSource;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skillstudio eval}: a thin client of the {@link EvaluationService}. It turns flags into a run
 * request, streams results and traces into a locked staging folder that replaces {@code --out} as a
 * whole at the end, and prints the console table. Exit codes are documented in docs/cli.md.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Evaluate a skill package on a sample set (our JSONL, JudgeBench, IFBench or RewardBench2).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:run completed",
            "1:run completed, but sample lines or the checklist were malformed; or the package failed validation",
            "2:usage error, unreadable input, or --out locked by another run",
            "3:--fail-on-unscored and some sample was unscored or partial",
            "4:the run failed (a worker died, or the output could not be written); --out keeps the previous run",
            "5:stopped by --run-regex-budget: finished samples are written, the rest are listed as not started"
        })
public final class EvalCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int INPUT_DEFECTS = 1;
    static final int USAGE = 2;
    static final int UNSCORED = 3;
    static final int RUN_FAILED = 4;
    static final int REGEX_BUDGET_SPENT = 5;

    @Spec
    CommandSpec spec;

    @Option(names = "--skill", required = true, paramLabel = "PKG", description = "Skill package folder or .zip.")
    Path skill;

    @Option(names = "--samples", required = true, paramLabel = "FILE", description = "Sample set.")
    Path samples;

    @Mixin
    SampleFormatOptions sampleFormat = new SampleFormatOptions();

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            description = "pointwise, pairwise or listwise (default: what the first sample implies: one response"
                    + " pointwise, two pairwise, more listwise). Samples that do not fit are reported as errors.")
    String mode;

    @Option(
            names = "--judge-whole-skill",
            description = "Judge every sample with the whole skill (the agent loop), even when the package has a"
                    + " checklist; its deterministic items still run first, as evidence for the model.")
    boolean wholeSkill;

    @Option(
            names = "--swap",
            description = "Pairwise: judge each pair in both orders; disagreeing verdicts are position_inconsistent.")
    boolean swap;

    @Option(
            names = "--out",
            defaultValue = "eval-out",
            paramLabel = "DIR",
            description = "Output folder for results.jsonl, traces.jsonl, summary.json and complete.json; replaced"
                    + " as a whole when the run ends (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Samples evaluated at once.")
    int threads;

    @Option(
            names = "--tie-margin",
            defaultValue = "0.0",
            paramLabel = "X",
            description = "Pairwise: score differences at or below X are a Tie (default: ${DEFAULT-VALUE}).")
    double tieMargin;

    @Option(names = "--checklist", paramLabel = "ID", description = "Checklist resource id (default: the first one).")
    String checklist;

    @Option(
            names = "--strict-skill",
            description =
                    "Samples whose expected_skill names another skill are unscored (skill_mismatch), not only warned.")
    boolean strictSkill;

    @Option(
            names = "--run-regex-budget",
            paramLabel = "READS",
            defaultValue = "" + RegexRunBudget.DEFAULT_LIMIT,
            description = "Character reads all regexes of the run may make together (default: ${DEFAULT-VALUE});"
                    + " when spent the run stops between samples like a cancel and exits 5. Scores never depend on it.")
    long runRegexBudget;

    @Option(names = "--fail-on-unscored", description = "Exit 3 when any sample is unscored or partial.")
    boolean failOnUnscored;

    @Option(
            names = "--allow-invalid",
            description = "Evaluate a package that fails validation (recorded in every result's provenance).")
    boolean allowInvalid;

    @Mixin
    JudgeOptions judge;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Judge> modelJudge;
        try {
            modelJudge = judge.createJudge(err);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
        Optional<EvalMode> evalMode = mode == null ? Optional.empty() : EvalMode.parse(mode);
        if (mode != null && evalMode.isEmpty()) {
            err.println("error: --mode must be pointwise, pairwise or listwise, got '" + mode + "'");
            return USAGE;
        }
        Optional<SampleFormat> format;
        try {
            format = sampleFormat.format();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
        LoadResult loaded = new PackageLoader().load(skill);
        if (loaded.skillPackage().isEmpty()) {
            loaded.diagnostics()
                    .forEach(
                            d -> err.println("error: " + (d.file().isEmpty() ? skill : d.file()) + ": " + d.message()));
            return USAGE;
        }
        ModeCheckedSource source;
        try {
            source = ModeCheckedSource.of(
                    SampleSource.open(samples, format, sampleFormat.seed()), samples.toString(), evalMode);
        } catch (IOException e) {
            err.println("error: cannot read " + samples + ": " + e.getMessage());
            return USAGE;
        }
        try {
            return run(loaded.skillPackage().get(), source, modelJudge, err);
        } finally {
            try {
                source.close();
            } catch (IOException e) {
                // A read-only sample file that fails to close loses nothing; the run's exit code stands.
                err.println("warning: cannot close " + samples + ": " + e.getMessage());
            }
        }
    }

    private int run(SkillPackage pkg, ModeCheckedSource source, Optional<Judge> modelJudge, PrintWriter err) {
        Optional<String> swapProblem = new Judging(wholeSkill, swap).problem(source.mode(), false);
        if (swapProblem.isPresent()) {
            err.println("error: " + swapProblem.get());
            return USAGE;
        }
        EvalSettings settings;
        try {
            settings = new EvalSettings(source.mode(), tieMargin, threads, Optional.ofNullable(checklist));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
        return run(pkg, settings, source, modelJudge, err);
    }

    private int run(
            SkillPackage pkg, EvalSettings settings, SampleSource source, Optional<Judge> modelJudge, PrintWriter err) {
        Evaluators.Prepared prepared;
        EvaluatorOptions options = EvaluatorOptions.DEFAULT
                .withStrictSkill(strictSkill)
                .withAllowInvalid(allowInvalid)
                .withJudging(new Judging(wholeSkill, swap));
        try {
            prepared = Evaluators.prepare(pkg, settings, modelJudge, options);
        } catch (Evaluators.InvalidPackageException e) {
            e.diagnostics().forEach(d -> printDiagnostic(err, d));
            err.println("error: " + e.getMessage());
            return INPUT_DEFECTS;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
        for (Diagnostic d : prepared.diagnostics()) {
            printDiagnostic(err, d);
        }
        for (ChecklistProblem p : prepared.checklistProblems()) {
            err.println("warning: " + prepared.evaluator().subject().checklist().file()
                    + p.at().map(s -> ":" + s.line() + ":" + s.column()).orElse("") + ": " + p.message());
        }
        Optional<String> swapProblem = options.judging()
                .problem(
                        settings.mode(),
                        !prepared.evaluator().subject().checklistId().isEmpty());
        if (swapProblem.isPresent()) {
            err.println("error: " + swapProblem.get());
            return USAGE;
        }
        if (runRegexBudget < 1) {
            err.println("error: --run-regex-budget must be at least 1");
            return USAGE;
        }
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads());
        try (RunOutput output = RunOutput.open(out)) {
            EvaluationService service = new EvaluationService(workers, Runnable::run);
            ConsoleProgress console = new ConsoleProgress(spec.commandLine().getOut(), err);
            RegexRunBudget fuse = new RegexRunBudget(runRegexBudget);
            RunRequest request =
                    new RunRequest(prepared.evaluator(), source, threads, output::write, judge.rlProjection(), fuse);
            AtomicReference<RunHandle> handle = new AtomicReference<>();
            CountDownLatch settled = new CountDownLatch(1);
            Thread onInterrupt = new Thread(() -> cancelAndWait(handle.get(), settled), "skillstudio-eval-cancel");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                RunOutcome outcome = service.run(request, console, handle::set);
                if (outcome.failed()) {
                    output.discard();
                    err.println("error: the run failed: "
                            + outcome.failure().map(Throwable::toString).orElse("unknown") + "; " + out
                            + " keeps the previous run");
                    return RUN_FAILED;
                }
                output.publish(outcome.summary());
                console.printSummary(outcome.summary(), output.folder());
                if (outcome.cancelled() && fuse.exhausted()) {
                    err.println("error: stopped: " + fuse.stopMessage() + " ("
                            + outcome.summary().notStarted()
                            + " not started; raise --run-regex-budget to go further); finished samples are in " + out);
                    return REGEX_BUDGET_SPENT;
                }
                return exitCode(outcome, prepared);
            } finally {
                settled.countDown();
                removeHook(onInterrupt);
            }
        } catch (RunOutput.LockedException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("error: cannot write to " + out + ": " + e.getMessage());
            return RUN_FAILED;
        } finally {
            workers.shutdownNow();
        }
    }

    private int exitCode(RunOutcome outcome, Evaluators.Prepared prepared) {
        var s = outcome.summary();
        if (failOnUnscored && (s.unscored() > 0 || s.partial() > 0)) {
            return UNSCORED;
        }
        boolean defects = s.malformedLines() > 0 || prepared.hasErrors();
        return defects ? INPUT_DEFECTS : OK;
    }

    static void printDiagnostic(PrintWriter err, Diagnostic d) {
        err.println(d.severity().label() + ": " + d.file() + (d.line() > 0 ? ":" + d.line() + ":" + d.column() : "")
                + ": " + d.code() + " " + d.message());
    }

    /** Ctrl-C: stop the run, and give it a moment to publish what finished. */
    private static void cancelAndWait(RunHandle h, CountDownLatch settled) {
        if (h == null) {
            return;
        }
        h.cancel();
        try {
            settled.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            // The process is exiting anyway; the staging folder is cleaned up by the next run.
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running.
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "skillstudio-eval-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

package io.skillstudio.app.cli;

import io.skillstudio.evaluator.checklist.ChecklistChecker;
import io.skillstudio.evaluator.checklist.ChecklistProblem;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.metrics.JudgeCost;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.run.BatchRunner;
import io.skillstudio.evaluator.run.CancelToken;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.ProgressListener;
import io.skillstudio.evaluator.output.RunFiles;
import io.skillstudio.evaluator.run.RunReport;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.sample.SampleSet;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skillstudio eval}: runs a skill on a JSONL sample set and writes results, traces and a summary.
 * Exit codes: 0 the run completed (unscored samples are a reported state, not a failure); 1 the run
 * completed but the inputs had defects (malformed sample lines or an invalid package checklist);
 * 2 usage error or unreadable package/sample file.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a skill package on a JSONL sample set.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:run completed", "1:run completed, but sample lines or the checklist were malformed",
                "2:usage error or unreadable input"})
public final class EvalCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int INPUT_DEFECTS = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--skill", required = true, paramLabel = "PKG", description = "Skill package folder or .zip.")
    Path skill;

    @Option(names = "--samples", required = true, paramLabel = "FILE", description = "JSONL sample set.")
    Path samples;

    @Option(names = "--mode", defaultValue = "pointwise", paramLabel = "MODE",
            description = "pointwise, pairwise or listwise (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--out", defaultValue = "eval-out", paramLabel = "DIR",
            description = "Output folder for results.jsonl, traces.jsonl, summary.json (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Samples evaluated at once.")
    int threads;

    @Option(names = "--tie-margin", defaultValue = "0.0", paramLabel = "X",
            description = "Pairwise: score differences at or below X are a Tie (default: ${DEFAULT-VALUE}).")
    double tieMargin;

    @Option(names = "--checklist", paramLabel = "ID", description = "Checklist resource id (default: the first one).")
    String checklist;

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
        Optional<EvalMode> evalMode = EvalMode.parse(mode);
        if (evalMode.isEmpty()) {
            err.println("error: --mode must be pointwise, pairwise or listwise, got '" + mode + "'");
            return USAGE;
        }
        EvalSettings settings;
        try {
            settings = new EvalSettings(evalMode.get(), tieMargin, threads, Optional.ofNullable(checklist));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
        LoadResult loaded = new PackageLoader().load(skill);
        if (loaded.skillPackage().isEmpty()) {
            loaded.diagnostics().forEach(d -> err.println("error: " + (d.file().isEmpty() ? skill : d.file()) + ": " + d.message()));
            return USAGE;
        }
        SampleSet set;
        try {
            set = SampleReader.read(samples);
        } catch (IOException e) {
            err.println("error: cannot read " + samples + ": " + e.getMessage());
            return USAGE;
        }
        return run(loaded.skillPackage().get(), set, settings, modelJudge, err);
    }

    private int run(SkillPackage pkg, SampleSet set, EvalSettings settings, Optional<Judge> modelJudge,
            PrintWriter err) {
        EvalSubject subject;
        try {
            subject = EvalSubject.of(pkg, settings.checklistId());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
        for (ChecklistProblem p : subject.checklistProblems()) {
            err.println("warning: " + subject.checklist().file() + p.at().map(s -> ":" + s.line() + ":" + s.column()).orElse("")
                    + ": " + p.message());
        }
        for (SampleError e : set.errors()) {
            err.println("warning: " + e);
        }
        // Unknown verifiers and bad parameters in the package's checklists would only surface as unscored
        // items; say so before the run, positioned like `validate` does.
        List<Diagnostic> checklistDiagnostics = new ChecklistChecker(VerifierRegistry::standard)
                .check(new CheckContext(pkg, LintMode.SKILLRM));
        for (Diagnostic d : checklistDiagnostics) {
            err.println(d.severity().label() + ": " + d.file() + (d.line() > 0 ? ":" + d.line() + ":" + d.column() : "")
                    + ": " + d.code() + " " + d.message());
        }
        boolean checklistErrors = checklistDiagnostics.stream().anyMatch(Diagnostic::isError);
        SampleEvaluator evaluator = new SampleEvaluator(subject, settings, VerifierRegistry.standard(), Clock.systemUTC(),
                modelJudge);
        RunReport report = new BatchRunner(evaluator).run(set.samples(), ProgressListener.NONE, new CancelToken());
        RunSummary summary = RunSummary.of(evaluator.provenance(), settings.mode(), report, set.errors());
        Optional<JudgeCost> cost = JudgeCost.of(report, judge.rlProjection(), Math.max(1, judge.concurrency));
        if (cost.isPresent()) {
            summary = summary.withJudgeCost(cost.get());
        }
        try {
            RunFiles.write(out, report, summary);
        } catch (IOException e) {
            err.println("error: cannot write to " + out + ": " + e.getMessage());
            return USAGE;
        }
        SummaryTable.print(spec.commandLine().getOut(), report, summary, out);
        return set.errors().isEmpty() && subject.checklistProblems().isEmpty() && !checklistErrors ? OK : INPUT_DEFECTS;
    }
}

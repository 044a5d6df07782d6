package io.skillstudio.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.versions.DriftReport;
import io.skillstudio.evaluator.versions.DriftSamples;
import io.skillstudio.evaluator.versions.VersionDrift;
import io.skillstudio.evaluator.versions.VersionRunner;
import io.skillstudio.model.versioning.diff.PackageDiff;
import io.skillstudio.model.versioning.diff.PackageDiffer;
import io.skillstudio.model.versioning.diff.VersionSnapshots;
import io.skillstudio.model.versioning.history.HistoryException;
import io.skillstudio.model.versioning.history.PackageHistory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skillstudio diff}: what changed between two versions of a package in its git history (or a
 * version and the working copy); with {@code --samples}, how the scores drifted on a sample set.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Diff two versions of a package (git revisions, or a revision and the working copy).",
            "With --samples: run the sample set on both versions and report score drift.",
            "Exit 0 done, 1 drift run had malformed sample lines, 2 usage error, no repository or unknown revision."
        })
public final class DiffCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PKG", description = "Package folder inside a git repository.")
    Path pkgPath;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "REV",
            description = "Older revision (commit, tag, HEAD~1).")
    String from;

    @Option(names = "--to", paramLabel = "REV", description = "Newer revision (default: the working copy).")
    String to;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    ValidateCommand.Format format;

    @Option(names = "--samples", paramLabel = "FILE", description = "Sample set: report score drift.")
    Path samples;

    @Mixin
    SampleFormatOptions sampleFormat;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            description = "Drift: pointwise, pairwise or listwise (default: what the first sample implies).")
    String mode;

    @Option(
            names = "--checklist",
            paramLabel = "ID",
            description = "Drift: checklist resource id (default: the first).")
    String checklist;

    @Option(
            names = "--threads",
            defaultValue = "1",
            paramLabel = "N",
            description = "Drift: samples evaluated at once.")
    int threads;

    @Option(names = "--tie-margin", defaultValue = "0.0", paramLabel = "X", description = "Drift: pairwise tie margin.")
    double tieMargin;

    @Mixin
    JudgeOptions judge;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Optional<PackageHistory> opened = PackageHistory.open(pkgPath);
            if (opened.isEmpty()) {
                err.println("error: " + pkgPath + " is not inside a git repository");
                return 2;
            }
            try (PackageHistory history = opened.get();
                    VersionSnapshots versions = new VersionSnapshots(pkgPath, history)) {
                return samples == null ? diff(versions, out) : drift(versions, out, err);
            }
        } catch (HistoryException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private int diff(VersionSnapshots versions, PrintWriter out) throws HistoryException {
        PackageDiff diff = versions.diff(PackageDiffer.standard(), from, to);
        if (format == ValidateCommand.Format.json) {
            ObjectNode root = JsonReportWriter.object();
            root.put("version", JsonReportWriter.FORMAT_VERSION);
            root.setAll((ObjectNode) JsonReportWriter.tree(diff));
            JsonReportWriter.print(root, out);
        } else {
            DiffTextWriter.diff(diff, out);
        }
        out.flush();
        return 0;
    }

    private int drift(VersionSnapshots versions, PrintWriter out, PrintWriter err) throws HistoryException {
        Optional<EvalMode> evalMode = mode == null ? Optional.empty() : EvalMode.parse(mode);
        if (mode != null && evalMode.isEmpty()) {
            err.println("error: --mode must be pointwise, pairwise or listwise, got '" + mode + "'");
            return 2;
        }
        DriftSamples set;
        Optional<Judge> modelJudge;
        EvalSettings settings;
        try {
            set = DriftSamples.read(samples, sampleFormat.format(), sampleFormat.seed(), evalMode);
            modelJudge = judge.createJudge(err);
            settings = set.settings(tieMargin, threads, Optional.ofNullable(checklist));
        } catch (IOException e) {
            err.println("error: cannot read " + samples + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        set.errors().forEach(e -> err.println("warning: " + e));
        DriftReport report;
        try {
            report = VersionDrift.run(
                    versions,
                    from,
                    to,
                    set.samples(),
                    new VersionRunner(settings, modelJudge),
                    RunListener.NONE,
                    ignored -> {});
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        if (format == ValidateCommand.Format.json) {
            ObjectNode root = JsonReportWriter.object();
            root.put("version", JsonReportWriter.FORMAT_VERSION);
            root.setAll((ObjectNode) JsonReportWriter.tree(report));
            JsonReportWriter.print(root, out);
        } else {
            DiffTextWriter.drift(report, out);
        }
        out.flush();
        return set.errors().isEmpty() ? 0 : 1;
    }
}

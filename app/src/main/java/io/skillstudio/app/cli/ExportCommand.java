package io.skillstudio.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillstudio.evaluator.versions.LockStamps;
import io.skillstudio.model.bundle.BundleExporter;
import io.skillstudio.model.bundle.BundleResult;
import io.skillstudio.model.bundle.ExportRefusedException;
import io.skillstudio.model.bundle.IgnoredFiles;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.SourceKind;
import io.skillstudio.model.save.AtomicFiles;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import io.skillstudio.model.versioning.Lockfile;
import io.skillstudio.model.versioning.LockfileCodec;
import io.skillstudio.model.versioning.Lockfiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skillstudio export}: a reproducible, upstream-loadable zip bundle behind the validation gate. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Export a validated package as a reproducible zip bundle (one wrapper folder, skill.lock.json).",
            "Exit 0 written, 1 validation errors (nothing written), 2 usage error, unreadable package, or files",
            "upstream ignores without --include-ignored/--exclude-ignored."
        })
public final class ExportCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PKG", description = "Package folder (or .zip).")
    Path pkgPath;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The bundle to write.")
    Path out;

    /** Exactly one answer to "files upstream ignores: carry them or not?". */
    static final class IgnoredChoice {
        @Option(
                names = "--include-ignored",
                required = true,
                description = "Carry files upstream's loader ignores (README, evals/, ...).")
        boolean include;

        @Option(names = "--exclude-ignored", required = true, description = "Leave files upstream ignores out.")
        boolean exclude;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    IgnoredChoice ignored;

    @Option(
            names = "--mode",
            defaultValue = "skillrm",
            description = "Lint mode of the validation gate: strict or skillrm. Default: ${DEFAULT-VALUE}.")
    ValidateCommand.Mode mode;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    ValidateCommand.Format format;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!out.getFileName().toString().endsWith(".zip")) {
            err.println("error: --out must end in lower-case .zip (upstream loads nothing else)");
            return 2;
        }
        Optional<SkillPackage> pkg = ValidatedPackage.load(pkgPath, err);
        if (pkg.isEmpty()) {
            return 2;
        }
        LintMode lintMode = LintMode.parse(mode.name());
        List<Diagnostic> diagnostics = Validator.standard().validate(pkg.get(), lintMode);
        if (ValidatedPackage.refuseOnErrors(pkgPath, lintMode, pkg.get(), diagnostics, "bundle", err)) {
            return 1;
        }
        IgnoredFiles choice = ignored == null
                ? IgnoredFiles.UNDECIDED
                : ignored.include ? IgnoredFiles.INCLUDE : IgnoredFiles.EXCLUDE;
        Lockfile.VerifierStamp stamp = LockStamps.of(pkg.get());
        BundleResult result;
        try {
            result = BundleExporter.export(pkg.get(), diagnostics, choice, Optional.of(stamp), out);
            if (pkg.get().kind() == SourceKind.DIRECTORY) {
                // The folder's own lockfile is refreshed too, over all its files, so validate stops calling it stale.
                AtomicFiles.write(
                        pkgPath.resolve(Lockfile.FILE),
                        LockfileCodec.write(Lockfiles.build(pkg.get(), Optional.of(stamp))));
            }
        } catch (ExportRefusedException e) {
            err.println("error: " + e.getMessage());
            e.ignoredFiles().forEach(f -> err.println("  ignored by upstream: " + f));
            if (!e.ignoredFiles().isEmpty()) {
                err.println("  choose --include-ignored or --exclude-ignored; nothing written");
                return 2;
            }
            e.errors().forEach(d -> err.println("  " + d.file() + ": " + d.code() + " " + d.message()));
            return 1;
        } catch (IOException e) {
            err.println("error: cannot write " + out + ": " + e.getMessage());
            return 2;
        }
        if (format == ValidateCommand.Format.json) {
            JsonReportWriter.print(json(result), stdout);
        } else {
            text(result, stdout);
        }
        stdout.flush();
        return 0;
    }

    private static ObjectNode json(BundleResult r) {
        ObjectNode root = JsonReportWriter.object();
        root.put("version", JsonReportWriter.FORMAT_VERSION);
        root.put("bundle", r.zip().toString());
        root.put("sha256", r.sha256());
        root.put("wrapper", r.wrapper());
        r.entries().forEach(root.putArray("entries")::add);
        ObjectNode ignored = root.putObject("ignoredFiles");
        ignored.put("included", r.included());
        r.ignoredFiles().forEach(ignored.putArray("files")::add);
        r.normalizedLineEndings().forEach(root.putArray("normalizedLineEndings")::add);
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(d -> JsonReportWriter.addDiagnostic(warnings, d));
        root.set("lock", JsonReportWriter.tree(r.lockfile()));
        return root;
    }

    private static void text(BundleResult r, PrintWriter out) {
        for (Diagnostic d : r.warnings()) {
            out.println("warning: " + (d.file().isEmpty() ? "" : d.file() + ": ") + d.code() + " " + d.message());
        }
        for (String f : r.ignoredFiles()) {
            out.println((r.included() ? "included" : "left out") + " (upstream ignores it): " + f);
        }
        for (String f : r.normalizedLineEndings()) {
            out.println("line endings written as LF (as upstream reads the folder): " + f);
        }
        out.println("exported " + r.zip() + ": " + r.entries().size() + " entries under " + r.wrapper() + "/");
        out.println("  bundle sha256:  " + r.sha256());
        out.println("  content sha256: " + r.lockfile().hashes().content());
    }
}

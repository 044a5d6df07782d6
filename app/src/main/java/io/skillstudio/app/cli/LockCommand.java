package io.skillstudio.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillstudio.evaluator.versions.LockStamps;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skillstudio lock}: writes {@code skill.lock.json} for a valid package folder. */
@Command(
        name = "lock",
        mixinStandardHelpOptions = true,
        description = {
            "Write skill.lock.json (file hashes, package hashes, verifier ids) into a package folder.",
            "Exit 0 written, 1 validation errors (nothing written), 2 usage error or unreadable package."
        })
public final class LockCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PKG", description = "Package folder.")
    Path pkgPath;

    @Option(
            names = "--mode",
            defaultValue = "skillrm",
            description = "Lint mode of the validation gate: strict or skillrm. Default: ${DEFAULT-VALUE}.")
    ValidateCommand.Mode mode;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    ValidateCommand.Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<SkillPackage> pkg = ValidatedPackage.load(pkgPath, err);
        if (pkg.isEmpty()) {
            return 2;
        }
        if (pkg.get().kind() != SourceKind.DIRECTORY) {
            err.println("error: " + pkgPath
                    + ": lock writes into a package folder; a zip carries the lockfile of its export");
            return 2;
        }
        LintMode lintMode = LintMode.parse(mode.name());
        List<Diagnostic> diagnostics = Validator.standard().validate(pkg.get(), lintMode);
        if (ValidatedPackage.refuseOnErrors(pkgPath, lintMode, pkg.get(), diagnostics, "lockfile", err)) {
            return 1;
        }
        Lockfile lock = Lockfiles.build(pkg.get(), Optional.of(LockStamps.of(pkg.get())));
        Path file = pkgPath.resolve(Lockfile.FILE);
        try {
            AtomicFiles.write(file, LockfileCodec.write(lock));
        } catch (IOException e) {
            err.println("error: cannot write " + file + ": " + e.getMessage());
            return 2;
        }
        if (format == ValidateCommand.Format.json) {
            ObjectNode root = JsonReportWriter.object();
            root.put("version", JsonReportWriter.FORMAT_VERSION);
            root.put("lockfile", file.toString());
            root.set("lock", JsonReportWriter.tree(lock));
            JsonReportWriter.print(root, out);
        } else {
            out.println("wrote " + file + ": " + lock.name() + " "
                    + (lock.version() == null ? "(no version)" : lock.version()) + ", "
                    + lock.files().size() + " file(s), "
                    + lock.verifiers().ids().size() + " verifier id(s)");
            out.println("  upstream sha256: " + lock.hashes().upstreamDirectory());
            out.println("  content sha256:  " + lock.hashes().content());
        }
        out.flush();
        return 0;
    }
}

package io.skillstudio.app.cli;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.LintMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Loading and the validation gate shared by {@code lock} and {@code export}. */
final class ValidatedPackage {

    private ValidatedPackage() {}

    /** The package, or empty after printing why it cannot be read. */
    static Optional<SkillPackage> load(Path path, PrintWriter err) {
        LoadResult loaded = new PackageLoader().load(path);
        if (loaded.skillPackage().isEmpty()) {
            loaded.diagnostics()
                    .forEach(d -> err.println("error: " + (d.file().isEmpty() ? path : d.file()) + ": " + d.message()));
        }
        return loaded.skillPackage();
    }

    /** Prints the validation report to {@code err} and returns true when it has errors. */
    static boolean refuseOnErrors(
            Path path, LintMode mode, SkillPackage pkg, List<Diagnostic> diagnostics, String what, PrintWriter err) {
        if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
            return false;
        }
        TextReportWriter.write(List.of(ValidationReport.of(path, mode, pkg, diagnostics)), err);
        err.println("error: no " + what + " written: validation has errors");
        err.flush();
        return true;
    }
}

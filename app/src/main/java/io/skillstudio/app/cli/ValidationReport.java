package io.skillstudio.app.cli;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.Severity;
import io.skillstudio.model.hash.PackageHashes;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.LintMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One package's validation outcome, shared by the text and JSON writers. */
record ValidationReport(
        Path path,
        LintMode mode,
        Optional<String> name,
        Optional<String> upstreamHash,
        Optional<String> contentHash,
        List<Diagnostic> diagnostics) {

    static ValidationReport of(Path path, LintMode mode, SkillPackage pkg, List<Diagnostic> diagnostics) {
        return new ValidationReport(
                path,
                mode,
                pkg.skillDocument().flatMap(d -> d.name()),
                Optional.of(PackageHashes.upstream(pkg)),
                Optional.of(PackageHashes.content(pkg)),
                diagnostics);
    }

    static ValidationReport unreadable(Path path, LintMode mode, List<Diagnostic> diagnostics) {
        return new ValidationReport(path, mode, Optional.empty(), Optional.empty(), Optional.empty(), diagnostics);
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}

package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import io.skillstudio.model.versioning.Changelog;
import io.skillstudio.model.versioning.Lockfile;
import io.skillstudio.model.versioning.LockfileCodec;
import io.skillstudio.model.versioning.Lockfiles;
import java.util.List;
import java.util.Optional;

/**
 * A lockfile that no longer matches the package is stale (which files changed since is reported); a
 * package released with the studio (it has a CHANGELOG.md) is expected to carry one.
 */
public final class LockfileChecker implements PackageChecker {

    private static final String FIX = "run 'skillstudio lock' (or export the bundle) to refresh it";

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Optional<PackageFile> file = context.pkg().file(Lockfile.FILE);
        if (file.isEmpty()) {
            return context.pkg().file(Changelog.FILE).isPresent()
                    ? List.of(Diagnostic.ofFile(
                                    DiagnosticCode.LOCKFILE_MISSING,
                                    Lockfile.FILE,
                                    "the package has a " + Changelog.FILE + " (it is released with versions) but no "
                                            + Lockfile.FILE)
                            .withFix(FIX))
                    : List.of();
        }
        Lockfile lock;
        try {
            lock = LockfileCodec.read(file.get().bytes().orElse(new byte[0]));
        } catch (LockfileCodec.LockfileException e) {
            return List.of(Diagnostic.ofFile(DiagnosticCode.LOCKFILE_STALE, Lockfile.FILE, e.getMessage())
                    .withFix(FIX));
        }
        Lockfiles.LockDrift drift = Lockfiles.compare(lock, context.pkg());
        if (!drift.isStale()) {
            return List.of();
        }
        return List.of(
                Diagnostic.ofFile(DiagnosticCode.LOCKFILE_STALE, Lockfile.FILE, "lockfile is stale, " + drift.summary())
                        .withFix(FIX));
    }
}

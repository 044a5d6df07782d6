package io.skillstudio.model.validation;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.SkillPackage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs every checker on a package and returns the diagnostics sorted by file and position. */
public final class Validator {

    private static final Logger LOG = LoggerFactory.getLogger(Validator.class);

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code);

    private final List<PackageChecker> checkers;

    public Validator(List<PackageChecker> checkers) {
        this.checkers = List.copyOf(checkers);
    }

    /** The built-in checkers plus those other modules provide on the class path. */
    public static Validator standard() {
        List<PackageChecker> all = new ArrayList<>(StandardCheckers.all());
        for (PackageCheckerProvider p :
                ServiceLoader.load(PackageCheckerProvider.class, Validator.class.getClassLoader())) {
            all.addAll(p.checkers());
        }
        return new Validator(all);
    }

    public List<Diagnostic> validate(SkillPackage pkg, LintMode mode) {
        CheckContext context = new CheckContext(pkg, mode);
        List<Diagnostic> out = new ArrayList<>(pkg.loadDiagnostics());
        for (PackageChecker checker : checkers) {
            try {
                out.addAll(checker.check(context));
            } catch (RuntimeException e) {
                // A checker bug must not hide the other findings or crash the studio.
                LOG.warn("checker {} failed", checker.getClass().getName(), e);
                out.add(Diagnostic.ofFile(
                        DiagnosticCode.PACKAGE_UNREADABLE,
                        "",
                        "internal error in " + checker.getClass().getSimpleName() + ": " + e));
            }
        }
        out.sort(ORDER);
        return out;
    }
}

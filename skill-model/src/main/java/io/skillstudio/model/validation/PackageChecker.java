package io.skillstudio.model.validation;

import io.skillstudio.model.diagnostics.Diagnostic;
import java.util.List;

/**
 * One small validation rule. Checkers must not throw on any package, however malformed: the
 * {@link Validator} still guards them, but a crash there is a bug.
 */
@FunctionalInterface
public interface PackageChecker {
    List<Diagnostic> check(CheckContext context);
}

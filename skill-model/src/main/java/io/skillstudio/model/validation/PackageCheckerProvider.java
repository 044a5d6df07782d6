package io.skillstudio.model.validation;

import java.util.List;

/**
 * Checkers contributed by other modules (the evaluator validates checklists), found with
 * {@link java.util.ServiceLoader} so skill-model does not depend on them.
 */
public interface PackageCheckerProvider {
    List<PackageChecker> checkers();
}

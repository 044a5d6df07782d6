package io.skillstudio.evaluator.checklist;

import io.skillstudio.model.validation.PackageChecker;
import io.skillstudio.model.validation.PackageCheckerProvider;
import java.util.List;

/** Registers the checklist checker with skill-model's {@code Validator.standard()}. */
public final class ChecklistCheckerProvider implements PackageCheckerProvider {
    @Override
    public List<PackageChecker> checkers() {
        return List.of(new ChecklistChecker());
    }
}

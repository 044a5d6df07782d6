package io.skillstudio.app.studio;

import io.skillstudio.app.studio.settings.StudioHome;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What a studio window is built from: its settings folder and its validator. Tests pass a temporary
 * folder and, when they need a known finding, a validator of their own.
 */
public record StudioContext(Path home, BiFunction<SkillPackage, LintMode, List<Diagnostic>> validator,
        boolean autosaveTimer) {

    public static StudioContext standard() {
        return new StudioContext(StudioHome.get(), Validator.standard()::validate, true);
    }
}

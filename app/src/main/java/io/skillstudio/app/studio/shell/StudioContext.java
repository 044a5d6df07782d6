package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.settings.JudgeConnectionTester;
import io.skillstudio.app.studio.settings.StudioHome;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a studio window is built from: its settings folder, its validator, the environment the judge's
 * key is looked up in and the judge connection check. Tests pass a temporary folder and fakes.
 */
public record StudioContext(
        Path home,
        BiFunction<SkillPackage, LintMode, List<Diagnostic>> validator,
        boolean autosaveTimer,
        Function<String, String> env,
        JudgeConnectionTester connectionTester) {

    /** The real environment and connection check; tests that never test a connection use this. */
    public StudioContext(
            Path home, BiFunction<SkillPackage, LintMode, List<Diagnostic>> validator, boolean autosaveTimer) {
        this(home, validator, autosaveTimer, System::getenv, JudgeConnectionTester.standard(System::getenv));
    }

    public static StudioContext standard() {
        return new StudioContext(StudioHome.get(), Validator.standard()::validate, true);
    }
}

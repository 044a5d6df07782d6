package io.skillstudio.app.studio.validation;

import io.skillstudio.app.studio.concurrent.Cancellable;
import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.Severity;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates package snapshots off the FX thread. Only the newest request's result is applied: a slow
 * check of older text never overwrites the findings for what the user sees now.
 */
public final class ValidationViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ValidationViewModel.class);

    private final ReadOnlyObjectWrapper<List<Diagnostic>> diagnostics =
            new ReadOnlyObjectWrapper<>(this, "diagnostics", List.of());
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper(this, "infos");
    private final ObjectProperty<LintMode> lintMode = new SimpleObjectProperty<>(this, "lintMode", LintMode.STRICT);

    /** Errors, then warnings, then infos; within each by file and position. */
    public static final Comparator<Diagnostic> SEVERITY_FIRST = Comparator.comparing(Diagnostic::severity)
            .thenComparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column);

    private final TaskExecutor executor;
    private final BiFunction<SkillPackage, LintMode, List<Diagnostic>> validator;
    private long generation;
    private Cancellable running = () -> {};

    public ValidationViewModel(TaskExecutor executor) {
        this(executor, Validator.standard()::validate);
    }

    public ValidationViewModel(TaskExecutor executor, BiFunction<SkillPackage, LintMode, List<Diagnostic>> validator) {
        this.executor = executor;
        this.validator = validator;
    }

    // --- properties
    public ReadOnlyObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return diagnostics.getReadOnlyProperty();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics.get();
    }

    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty infosProperty() {
        return infos.getReadOnlyProperty();
    }

    public ObjectProperty<LintMode> lintModeProperty() {
        return lintMode;
    }

    // --- commands
    /** Checks {@code snapshot}; an earlier request still running is cancelled and its result dropped. */
    public void validate(SkillPackage snapshot) {
        long mine = ++generation;
        running.cancel();
        LintMode mode = lintMode.get();
        running = executor.submit(
                "Validating",
                p -> validator.apply(snapshot, mode),
                result -> {
                    if (mine == generation) {
                        publish(result);
                    }
                },
                e -> LOG.warn("validation failed", e));
    }

    /**
     * The text changed after the last request: a check still running was made for older text, and its
     * squiggles would sit on the wrong characters, so it is dropped. The next idle validation replaces it.
     */
    public void textChanged() {
        generation++;
        running.cancel();
    }

    /**
     * Shows diagnostics (also those from elsewhere: a package that could not be loaded), errors first:
     * the one error must not hide among a dozen infos.
     */
    public void publish(List<Diagnostic> result) {
        diagnostics.set(result.stream().sorted(SEVERITY_FIRST).toList());
        errors.set(count(result, Severity.ERROR));
        warnings.set(count(result, Severity.WARNING));
        infos.set(count(result, Severity.INFO));
    }

    public void clear() {
        generation++;
        publish(List.of());
    }

    private static int count(List<Diagnostic> list, Severity s) {
        return (int) list.stream().filter(d -> d.severity() == s).count();
    }
}

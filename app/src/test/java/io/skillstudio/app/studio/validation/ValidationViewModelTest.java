package io.skillstudio.app.studio.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.concurrent.BackgroundJob;
import io.skillstudio.app.studio.concurrent.Cancellable;
import io.skillstudio.app.studio.concurrent.Progress;
import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.diagnostics.Severity;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.SourceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ValidationViewModelTest {

    /** Holds jobs until the test finishes them, in any order: a slow old check finishing last. */
    private static final class ManualExecutor implements TaskExecutor {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> Cancellable submit(String title, BackgroundJob<T> job, Consumer<T> ok, Consumer<Throwable> fail) {
            pending.add(() -> {
                try {
                    ok.accept(job.run(Progress.NONE));
                } catch (Exception e) {
                    fail.accept(e);
                }
            });
            return () -> {};
        }
    }

    private static SkillPackage pkg(String skillMd) {
        SkillPackage empty = new SkillPackage(Path.of("p"), SourceKind.values()[0], "p", List.of(), List.of());
        return empty.withFile("SKILL.md", skillMd.getBytes());
    }

    private static List<Diagnostic> check(SkillPackage p, Object mode) {
        String t = p.textOf("SKILL.md").orElse("");
        return t.contains("bad")
                ? List.of(
                        Diagnostic.at(DiagnosticCode.NAME_INVALID, "SKILL.md", 1, 1, "bad"),
                        Diagnostic.at(DiagnosticCode.FILE_EMPTY, "SKILL.md", 2, 1, "warn"))
                : List.of();
    }

    @Test
    void newestResultWinsEvenWhenAnOlderCheckFinishesLast() {
        ManualExecutor ex = new ManualExecutor();
        ValidationViewModel vm = new ValidationViewModel(ex, ValidationViewModelTest::check);
        vm.validate(pkg("bad"));
        vm.validate(pkg("good"));
        ex.pending.get(1).run();
        ex.pending.get(0).run();
        assertThat(vm.diagnostics()).isEmpty();
        assertThat(vm.errorsProperty().get()).isZero();
    }

    @Test
    void aResultForTextTheUserHasSinceChangedIsDropped() {
        ManualExecutor ex = new ManualExecutor();
        ValidationViewModel vm = new ValidationViewModel(ex, ValidationViewModelTest::check);
        vm.validate(pkg("bad"));
        vm.textChanged();
        ex.pending.get(0).run();
        assertThat(vm.diagnostics()).as("computed for text no longer shown").isEmpty();
    }

    @Test
    void countsBySeverity() {
        ManualExecutor ex = new ManualExecutor();
        ValidationViewModel vm = new ValidationViewModel(ex, ValidationViewModelTest::check);
        vm.validate(pkg("bad"));
        ex.pending.get(0).run();
        assertThat(vm.errorsProperty().get()).isEqualTo(1);
        assertThat(vm.warningsProperty().get()).isEqualTo(1);
    }

    @Test
    void errorsComeFirstWhateverTheFileOrder() {
        ValidationViewModel vm = new ValidationViewModel(new ManualExecutor(), ValidationViewModelTest::check);
        Diagnostic info =
                Diagnostic.at(DiagnosticCode.FILE_EMPTY, "a.md", 1, 1, "info").withSeverity(Severity.INFO);
        Diagnostic warning = Diagnostic.at(DiagnosticCode.FILE_EMPTY, "b.md", 3, 1, "warning");
        Diagnostic error = Diagnostic.at(DiagnosticCode.NAME_INVALID, "z.md", 9, 1, "error");

        vm.publish(List.of(info, warning, error));

        assertThat(vm.diagnostics()).containsExactly(error, warning, info);
    }
}

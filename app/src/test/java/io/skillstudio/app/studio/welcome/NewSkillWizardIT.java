package io.skillstudio.app.studio.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.shell.StudioContext;
import io.skillstudio.app.studio.shell.StudioShell;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › New skill: pick the pointwise template, name it, create; the new package opens clean. */
@ExtendWith(ApplicationExtension.class)
class NewSkillWizardIT {

    @TempDir
    static Path tmp;

    private final AtomicInteger validations = new AtomicInteger();
    private StudioShell shell;

    @Start
    void start(Stage stage) throws Exception {
        Validator standard = Validator.standard();
        shell = new StudioShell(
                stage,
                new StudioContext(
                        tmp.resolve("home"),
                        (pkg, mode) -> {
                            // Counted when the result exists, so waiting on the count waits for a finished validation.
                            var result = standard.validate(pkg, mode);
                            validations.incrementAndGet();
                            return result;
                        },
                        false));
        // The wizard proposes the folder beside the last package opened; make that a temporary one.
        Path work = Files.createDirectories(tmp.resolve("work"));
        shell.viewModel().settings().addRecent(work.resolve("earlier-skill"));
        stage.show();
    }

    @Test
    void createsFromThePointwiseTemplateAndOpensWithoutErrors(FxRobot robot) throws Exception {
        Platform.runLater(() -> shell.registry().execute(StudioAction.NEW_SKILL));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#templateList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<TemplateCatalog.Template> list = robot.lookup("#templateList").queryAs(ListView.class);
        TemplateCatalog.Template pointwise = list.getItems().stream()
                .filter(t -> t.group().equals("templates") && t.id().equals("pointwise-checklist"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            list.getSelectionModel().select(pointwise);
            list.scrollTo(pointwise);
        });
        robot.doubleClickOn("#newSkillName").eraseText(20).write("essay-judge");
        robot.clickOn("Create skill");

        Path created = tmp.resolve("work").resolve("essay-judge");
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () -> created.equals(shell.viewModel().project().root())
                        && shell.viewModel().project().selectedProperty().get() != null
                        && validations.get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(created.resolve("SKILL.md")).content().contains("name: essay-judge");
        assertThat(shell.viewModel().project().selectedProperty().get().path()).isEqualTo("SKILL.md");
        assertThat(shell.viewModel().validation().diagnostics().stream()
                        .filter(Diagnostic::isError)
                        .toList())
                .isEmpty();
        assertThat(shell.viewModel().validation().errorsProperty().get()).isZero();
    }
}

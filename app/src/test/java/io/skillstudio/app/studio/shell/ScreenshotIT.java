package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.SceneSnapshots;
import io.skillstudio.app.studio.StudioStage;
import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.settings.JudgeConnectionTester;
import io.skillstudio.app.studio.settings.JudgePreferences;
import io.skillstudio.evaluator.judge.ConnectionCheck;
import io.skillstudio.model.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/screenshots from the real main window (scene snapshots, so it works under Monocle).
 * Only with {@code -Dstudio.screenshots=<dir>}, so normal test runs leave the docs alone.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "studio.screenshots", matches = ".+")
class ScreenshotIT {

    @TempDir
    static Path tmp;

    private StudioShell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // A fake endpoint that answers at once, so the judge page shows a finished "Test connection".
        JudgeConnectionTester fake =
                settings -> new ConnectionCheck.Result(true, true, Optional.empty(), "ok", 184, 52, 9);
        shell = StudioStage.show(
                stage,
                new StudioContext(
                        tmp.resolve("home"),
                        Validator.standard()::validate,
                        false,
                        Map.of("OPENAI_API_KEY", "not-a-real-key")::get,
                        fake));
    }

    @Test
    void screenshots(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("studio.screenshots"));
        Files.createDirectories(out);
        Path pkg = TestPackages.copyTemplate("pointwise-checklist", tmp);
        // A few real problems so the squiggles, gutter marks and Problems window have something to show.
        Files.writeString(
                pkg.resolve("SKILL.md"),
                Files.readString(pkg.resolve("SKILL.md"))
                        .replace("name: pointwise-checklist", "name: Pointwise_Checklist"));
        Files.writeString(
                pkg.resolve("resources.yaml"),
                Files.readString(pkg.resolve("resources.yaml"))
                        .replace("path: references/aggregation.md", "path: references/aggregation_rules.md")
                        .replace(
                                "    cost: low\n    hard_or_soft: hard\n    decision_impact: veto",
                                "    cost: cheap\n    hard_or_soft: hard\n    decision_impact: veto"));
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> shell.viewModel().project().selectedProperty().get() != null);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !shell.viewModel().validation().diagnostics().isEmpty());
        robot.interact(() -> shell.viewModel()
                .project()
                .selectedProperty()
                .get()
                .revealRequestProperty()
                .set(new Document.Position(3, 7)));
        SceneSnapshots.settle();
        SceneSnapshots.snap(robot, stage.getScene().getRoot(), out.resolve("main-light.png"));

        robot.interact(() -> shell.registry().execute(StudioAction.TOGGLE_THEME));
        SceneSnapshots.settle();
        SceneSnapshots.snap(robot, stage.getScene().getRoot(), out.resolve("main-dark.png"));
        robot.interact(() -> shell.registry().execute(StudioAction.TOGGLE_THEME));

        robot.interact(() -> shell.viewModel().project().openDocument("resources.yaml"));
        SceneSnapshots.settle();
        SceneSnapshots.snap(robot, stage.getScene().getRoot(), out.resolve("table-editor.png"));
        SceneSnapshots.snap(robot, robot.lookup("#problemsTable").query(), out.resolve("problems.png"));

        robot.interact(() -> shell.viewModel().project().openDocument("SKILL.md"));
        robot.interact(() -> shell.registry().execute(StudioAction.PREVIEW));
        SceneSnapshots.settle();
        SceneSnapshots.snap(robot, stage.getScene().getRoot(), out.resolve("preview.png"));

        robot.interact(() -> shell.registry().execute(StudioAction.WELCOME));
        SceneSnapshots.settle();
        SceneSnapshots.snap(robot, stage.getScene().getRoot(), out.resolve("welcome.png"));

        judgePage(robot, out.resolve("settings-judge.png"));
    }

    private void judgePage(FxRobot robot, Path file) throws Exception {
        JudgePreferences judge = shell.viewModel().settings().judge();
        robot.interact(() -> {
            judge.baseUrlProperty().set("https://api.openai.com/v1");
            judge.modelProperty().set("gpt-4.1-mini");
            judge.apiKeyEnvProperty().set("OPENAI_API_KEY");
        });
        Platform.runLater(() -> shell.registry().execute(StudioAction.SETTINGS));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#settingsPages").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#settingsPages")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(2));
        robot.clickOn("#testConnection");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#testResult").queryAs(Label.class).getText().startsWith("Connected"));
        SceneSnapshots.settle();
        Node page = robot.lookup("#judgeSettingsPage").query();
        SceneSnapshots.snap(robot, page.getScene().getRoot(), file);
        robot.interact(() -> ((Stage) page.getScene().getWindow()).close());
    }
}

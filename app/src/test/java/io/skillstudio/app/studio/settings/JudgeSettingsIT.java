package io.skillstudio.app.studio.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.shell.StudioContext;
import io.skillstudio.app.studio.shell.StudioShell;
import io.skillstudio.evaluator.judge.ConnectionCheck;
import io.skillstudio.evaluator.judge.JudgeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings › Model judge › Test connection, against a fake check that answers at once. */
@ExtendWith(ApplicationExtension.class)
class JudgeSettingsIT {

    @TempDir
    static Path tmp;

    private final List<JudgeSettings> asked = new CopyOnWriteArrayList<>();
    private StudioShell shell;

    @Start
    void start(Stage stage) {
        JudgeConnectionTester fake = s -> {
            asked.add(s);
            return new ConnectionCheck.Result(true, true, Optional.empty(), "ok", 12, 5, 2);
        };
        shell = new StudioShell(
                stage,
                new StudioContext(
                        tmp.resolve("home"),
                        TestPackages.validator(),
                        false,
                        Map.of("FAKE_JUDGE_KEY", "sk-fake-value")::get,
                        fake));
        stage.show();
    }

    @Test
    void testConnectionShowsTheOutcome(FxRobot robot) throws Exception {
        Platform.runLater(() -> shell.registry().execute(StudioAction.SETTINGS));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#settingsPages").tryQuery().isPresent());
        // The tab header is not a visible node for the robot under Monocle, so select the page directly.
        robot.interact(() -> robot.lookup("#settingsPages")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(2));
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#judgeBaseUrl")
                        .tryQuery()
                        .map(n -> n.isVisible())
                        .orElse(false));
        robot.clickOn("#judgeBaseUrl").write("http://127.0.0.1:9/v1");
        robot.interact(() -> {
            robot.lookup("#judgeModel").queryAs(TextField.class).setText("fake-model");
            robot.lookup("#judgeApiKeyEnv").queryAs(TextField.class).setText("FAKE_JUDGE_KEY");
        });
        assertThat(robot.lookup("#judgeKeyStatus").queryAs(Label.class).getText())
                .isEqualTo("FAKE_JUDGE_KEY is set");

        robot.clickOn("#testConnection");
        Label result = robot.lookup("#testResult").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.getText().startsWith("Connected"));
        assertThat(result.getText()).contains("fake-model").contains("12 ms");
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).baseUrl()).isEqualTo("http://127.0.0.1:9/v1");
        assertThat(robot.lookup("#cancelTest").query().isVisible()).isFalse();

        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#settingsPages").tryQuery().isEmpty());
        String saved = Files.readString(tmp.resolve("home").resolve("settings.properties"));
        assertThat(saved).contains("judge.model=fake-model").doesNotContain("sk-fake-value");
    }
}

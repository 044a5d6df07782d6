package io.skillstudio.app.studio.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.workspace.RecoveryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A session edits and autosaves, then "crashes" (its window is dropped without the close handler);
 * a new window finds the recovery data, offers it, and restores the edit as unsaved.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryIT {

    @TempDir
    static Path tmp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void unsavedEditsComeBackAfterACrash(FxRobot robot) throws Exception {
        Path home = tmp.resolve("home");
        Path pkg = TestPackages.copyTemplate("blank", tmp);
        String onDisk = Files.readString(pkg.resolve("SKILL.md"));
        StudioShell[] first = new StudioShell[1];
        robot.interact(() -> {
            first[0] = new StudioShell(stage, new StudioContext(home, TestPackages.validator(), false));
            stage.show();
            first[0].open(pkg);
        });
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> first[0].viewModel().project().selectedProperty().get() != null);
        Document doc = first[0].viewModel().project().selectedProperty().get();
        robot.interact(() -> doc.setText(doc.text() + "\nUnsaved work.\n"));
        robot.interact(() -> first[0].viewModel().recovery().autosave());
        assertThat(new RecoveryStore(home).pending())
                .as("a running session's buffers are not offered")
                .isEmpty();

        // The crash: no close request, no clean-up; the process's lock goes with it. A fresh window
        // starts on the same home folder.
        first[0].viewModel().recovery().store().abandon();
        assertThat(new RecoveryStore(home).pending()).hasSize(1);
        StudioShell[] second = new StudioShell[1];
        robot.interact(() -> {
            Stage fresh = new Stage();
            second[0] = new StudioShell(fresh, new StudioContext(home, TestPackages.validator(), false));
            fresh.show();
            stage.hide();
        });
        // The offer is a modal dialog: run it later so this thread is free to click it.
        Platform.runLater(() -> second[0].offerRecovery());
        // The dialog's window may exist before it is shown; wait for a visible button, then click that one.
        Supplier<Optional<Button>> restoreButton = () -> robot.lookup((Node n) -> n instanceof Button b
                        && "Restore".equals(b.getText())
                        && b.isVisible()
                        && b.getScene() != null
                        && b.getScene().getWindow() != null
                        && b.getScene().getWindow().isShowing())
                .tryQuery()
                .map(Button.class::cast);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> restoreButton.get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(restoreButton.get().orElseThrow());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> second[0].viewModel().project().documents().stream().anyMatch(Document::isDirty));
        Document restored = second[0].viewModel().project().documents().stream()
                .filter(Document::isDirty)
                .findFirst()
                .orElseThrow();
        assertThat(restored.path()).isEqualTo("SKILL.md");
        assertThat(restored.text()).isEqualTo(onDisk + "\nUnsaved work.\n");
        assertThat(Files.readString(pkg.resolve("SKILL.md")))
                .as("nothing written behind the user's back")
                .isEqualTo(onDisk);
        robot.interact(() -> second[0].viewModel().saving().saveAll());
        assertThat(new RecoveryStore(home).pending())
                .as("saving clears the recovery data")
                .isEmpty();
    }
}

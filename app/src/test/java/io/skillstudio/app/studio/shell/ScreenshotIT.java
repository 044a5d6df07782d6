package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.StudioContext;
import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.model.validation.Validator;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
        shell = new StudioShell(stage, new StudioContext(tmp.resolve("home"), Validator.standard()::validate, false));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @Test
    void screenshots(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("studio.screenshots"));
        Files.createDirectories(out);
        Path pkg = TestPackages.copyTemplate("pointwise-checklist", tmp);
        // A few real problems so the squiggles, gutter marks and Problems window have something to show.
        Files.writeString(pkg.resolve("SKILL.md"), Files.readString(pkg.resolve("SKILL.md"))
                .replace("name: pointwise-checklist", "name: Pointwise_Checklist"));
        Files.writeString(pkg.resolve("resources.yaml"), Files.readString(pkg.resolve("resources.yaml"))
                .replace("path: references/aggregation.md", "path: references/aggregation_rules.md")
                .replace("    cost: low\n    hard_or_soft: hard\n    decision_impact: veto",
                        "    cost: cheap\n    hard_or_soft: hard\n    decision_impact: veto"));
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.viewModel().project().selectedProperty().get() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.viewModel().validation().diagnostics().isEmpty());
        robot.interact(() -> shell.viewModel().project().selectedProperty().get().revealRequestProperty()
                .set(new io.skillstudio.app.studio.editor.Document.Position(3, 7)));
        settle(robot);
        snap(robot, stage.getScene().getRoot(), out.resolve("main-light.png"));

        robot.interact(() -> shell.registry().execute(StudioAction.TOGGLE_THEME));
        settle(robot);
        snap(robot, stage.getScene().getRoot(), out.resolve("main-dark.png"));
        robot.interact(() -> shell.registry().execute(StudioAction.TOGGLE_THEME));

        robot.interact(() -> shell.viewModel().project().openDocument("resources.yaml"));
        settle(robot);
        snap(robot, stage.getScene().getRoot(), out.resolve("table-editor.png"));
        snap(robot, robot.lookup("#problemsTable").query(), out.resolve("problems.png"));

        robot.interact(() -> shell.viewModel().project().openDocument("SKILL.md"));
        robot.interact(() -> shell.registry().execute(StudioAction.PREVIEW));
        settle(robot);
        snap(robot, stage.getScene().getRoot(), out.resolve("preview.png"));

        robot.interact(() -> shell.registry().execute(StudioAction.WELCOME));
        settle(robot);
        snap(robot, stage.getScene().getRoot(), out.resolve("welcome.png"));
    }

    private static void settle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1200);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void snap(FxRobot robot, Node node, Path file) throws IOException {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = node.snapshot(null, null));
        PixelReader r = img[0].getPixelReader();
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, r.getArgb(x, y));
            }
        }
        ImageIO.write(b, "png", file.toFile());
    }
}

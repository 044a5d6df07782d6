package io.skillstudio.app.studio.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.SceneSnapshots;
import io.skillstudio.app.studio.StudioStage;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.run.SampleSkills;
import io.skillstudio.app.studio.shell.StudioShell;
import io.skillstudio.evaluator.routing.Collision;
import io.skillstudio.evaluator.routing.RoutingDecision;
import io.skillstudio.evaluator.routing.SkillScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View › Routing on the real sample skills: the window routes the package's samples among its sibling
 * packages, shows the ranking, lists a confusion cell's samples, and names the deliberately colliding
 * pair. With {@code -Dstudio.screenshots=DIR} it also writes the routing screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class RoutingIT {

    @TempDir
    static Path tmp;

    private StudioShell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = StudioStage.show(stage, tmp);
    }

    @Test
    void routesTheSamplesAmongTheSiblingSkills(FxRobot robot) throws Exception {
        Path skills = tmp.resolve("skills");
        for (String name : List.of(
                "support-reply-tone", "support-reply-courtesy", "math-answer-check", "structured-output-check")) {
            SampleSkills.copy(name, skills);
        }
        Path pkg = skills.resolve("support-reply-tone");
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> shell.viewModel().project().root() != null);

        robot.interact(() -> shell.registry().execute(StudioAction.TOGGLE_ROUTING));
        assertThat(shell.routing().shownProperty().get()).isTrue();
        RoutingViewModel vm = shell.routing().viewModel();
        assertThat(vm.skillRoots()).containsExactly(skills.toAbsolutePath());
        assertThat(vm.sampleSetProperty().get()).isEqualTo(pkg.resolve("evals/samples.jsonl"));

        robot.clickOn("#routingRun");
        // The window answers with BM25 at once and routes again when the embedding model has loaded; wait
        // for that second report, after which nothing replaces the matrix under the robot's clicks.
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> vm.reportProperty().get() != null
                        && vm.reportProperty().get().embeddings()
                        && !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<RoutingDecision> samples = robot.lookup("#routingSamples").queryAs(ListView.class);
        assertThat(samples.getItems()).hasSize(4);
        @SuppressWarnings("unchecked")
        TableView<SkillScore> ranking = robot.lookup("#routingRanking").queryAs(TableView.class);
        assertThat(ranking.getItems()).hasSize(4);
        @SuppressWarnings("unchecked")
        TableView<Collision> collisions = robot.lookup("#routingCollisions").queryAs(TableView.class);
        assertThat(collisions.getItems())
                .anySatisfy(c -> assertThat(List.of(c.skillA(), c.skillB()))
                        .containsExactlyInAnyOrder("support-reply-courtesy", "support-reply-tone"));

        RoutingDecision first = vm.reportProperty().get().decisions().get(0);
        robot.interact(() -> shell.routing().window().tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        // the tool window shares the bottom with Run: give it the room a user would drag it to
        robot.interact(() -> {
            Parent p = shell.routing().window().getParent();
            while (p != null && !(p instanceof SplitPane)) {
                p = p.getParent();
            }
            if (p != null) {
                ((SplitPane) p).setDividerPositions(0.25);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button cell = robot.lookup("#routingCell-support-reply-tone-" + first.chosen())
                .queryAs(Button.class);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.cellSamples())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.chosen()).isEqualTo(first.chosen()));

        screenshots(robot);
    }

    private void screenshots(FxRobot robot) throws IOException {
        String dir = System.getProperty("studio.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path out = Path.of(dir);
        Files.createDirectories(out);
        RoutingToolWindow window = shell.routing().window();
        TabPane tabs = window.tabs();
        String[] names = {"routing-sample.png", "routing-set.png", "routing-collisions.png"};
        for (int i = 0; i < names.length; i++) {
            int tab = i;
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            SceneSnapshots.snap(robot, stage.getScene().getRoot(), out.resolve(names[i]));
        }
    }
}

package io.skillstudio.app.studio.run;

import io.skillstudio.app.studio.SceneSnapshots;
import io.skillstudio.app.studio.StudioStage;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.run.results.SampleRow;
import io.skillstudio.app.studio.shell.StudioShell;
import io.skillstudio.app.studio.trace.StepKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Writes the run, results, summary, charts, trace viewer and compare screenshots (with {@code -Dstudio.screenshots}). */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "studio.screenshots", matches = ".+")
class RunScreenshotIT {

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
    void screenshots(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("studio.screenshots"));
        Path pkg = SampleSkills.copy(SampleSkills.IF_CHECKLIST, tmp);
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> shell.viewModel().project().selectedProperty().get() != null);
        robot.interact(() -> {
            shell.window().workbench().problemsShownProperty().set(false);
            shell.window().workbench().resourcesShownProperty().set(false);
            shell.window().workbench().outlineShownProperty().set(false);
            shell.viewModel().project().openDocument("evals/samples.jsonl");
        });
        robot.interact(() -> shell.registry().execute(StudioAction.RUN_EVALUATE));
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> shell.runs().run().stateProperty().get() == RunViewModel.State.DONE);
        // Give the run window most of the height, as one does when reading results (drag the divider up).
        robot.interact(() -> {
            Parent p = shell.runs().window().getParent();
            while (p != null && !(p instanceof SplitPane)) {
                p = p.getParent();
            }
            if (p != null) {
                ((SplitPane) p).setDividerPositions(0.2);
            }
        });
        select(robot, "s09");
        robot.interact(() -> shell.runs().trace().rootProperty().get().flatten().stream()
                .filter(s -> s.title().contains("no_ai_disclaimer"))
                .findFirst()
                .ifPresent(shell.runs().trace().selectedProperty()::set));
        settle();
        SceneSnapshots.snap(robot, stage.getScene().getRoot(), out.resolve("run-results.png"));

        robot.interact(() -> shell.runs().trace().rootProperty().get().flatten().stream()
                .filter(s -> s.kind() == StepKind.AGGREGATION)
                .findFirst()
                .ifPresent(shell.runs().trace().selectedProperty()::set));
        settle();
        SceneSnapshots.snap(robot, shell.runs().window(), out.resolve("trace-viewer.png"));

        robot.interact(() -> shell.runs().window().tabs().getSelectionModel().select(1));
        settle();
        SceneSnapshots.snap(robot, shell.runs().window(), out.resolve("run-summary.png"));
        robot.interact(() -> shell.runs().window().tabs().getSelectionModel().select(2));
        settle();
        SceneSnapshots.snap(robot, shell.runs().window(), out.resolve("run-charts.png"));

        // An edit, a rerun and the same sample compared across the two runs.
        String checklist = "rubrics/if_pointwise.checklist.yaml";
        Files.writeString(
                pkg.resolve(checklist),
                Files.readString(pkg.resolve(checklist), StandardCharsets.UTF_8)
                        .replace("      max: 250", "      max: 12"),
                StandardCharsets.UTF_8);
        robot.interact(() -> shell.viewModel().project().refresh(() -> {}));
        WaitForAsyncUtils.waitForFxEvents();
        Path first = shell.runs().run().runProperty().get().dir().orElseThrow();
        robot.interact(() -> shell.registry().execute(StudioAction.RUN_RERUN));
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> shell.runs().run().stateProperty().get() == RunViewModel.State.DONE
                        && !shell.runs()
                                .run()
                                .runProperty()
                                .get()
                                .dir()
                                .orElseThrow()
                                .equals(first));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> shell.runs().run().keptRuns().size() >= 2);
        robot.interact(() -> shell.runs().window().tabs().getSelectionModel().select(0));
        select(robot, "s08");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<RunStore.RunEntry> compare = robot.lookup("#compareWith").queryAs(ComboBox.class);
            compare.getItems().stream()
                    .filter(e -> e.dir().equals(first))
                    .findFirst()
                    .ifPresent(compare::setValue);
        });
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !shell.runs().trace().differingProperty().get().isEmpty());
        robot.interact(() -> shell.runs().trace().rootProperty().get().flatten().stream()
                .filter(s -> s.title().contains(" concise "))
                .findFirst()
                .ifPresent(shell.runs().trace().selectedProperty()::set));
        settle();
        SceneSnapshots.snap(robot, shell.runs().window(), out.resolve("trace-compare.png"));
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<SampleRow> table = robot.lookup("#resultsTable").queryAs(TableView.class);
            for (SampleRow r : table.getItems()) {
                if (r.sampleId().equals(id)) {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                }
            }
        });
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1200);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

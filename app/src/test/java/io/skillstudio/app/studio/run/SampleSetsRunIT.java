package io.skillstudio.app.studio.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.SceneSnapshots;
import io.skillstudio.app.studio.ScriptedDialogs;
import io.skillstudio.app.studio.StudioStage;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.run.results.RowFilter;
import io.skillstudio.app.studio.run.results.RowStatus;
import io.skillstudio.app.studio.run.results.SampleRow;
import io.skillstudio.app.studio.shell.StudioShell;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.testsupport.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An upstream package and a JudgeBench file opened through File › Open, shown as the run reads it,
 * run with swap and no judge configured (every pair unscored, judge_unavailable); and a package that
 * fails validation refused until Allow invalid package is checked. Screenshots with {@code -Dstudio.screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class SampleSetsRunIT {

    @TempDir
    static Path tmp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private StudioShell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = StudioStage.show(stage, tmp, dialogs);
    }

    @Test
    void aJudgeBenchFileOpensFromTheFileMenuAndRunsPairwiseWithSwap(FxRobot robot) throws Exception {
        Path pkg = SharedData.require("skillrm-packages/reward_judge_fair");
        Path pairs = tmp.resolve("judgebench-6.jsonl");
        try (var lines = Files.lines(
                SharedData.require("judgebench/dataset=judgebench,response_model=gpt-4o-2024-05-13.jsonl"))) {
            Files.write(pairs, lines.limit(6).toList());
        }
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> shell.viewModel().project().root() != null);

        dialogs.packageAnswers.add(pairs);
        clickMenu(robot, "File", StudioAction.OPEN.text());
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !dialogs.questions("package").isEmpty());
        try {
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> shell.runs().samples().rows().size() == 6);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "asked " + dialogs.asked + ", errors " + dialogs.errors + ", banner "
                            + shell.runs().samples().bannerProperty().get(),
                    e);
        }
        assertThat(robot.lookup("#sampleSetField").queryAs(TextField.class).getText())
                .endsWith("judgebench-6.jsonl");
        @SuppressWarnings("unchecked")
        TableView<Sample> samples = robot.lookup("#sampleFileTable").queryAs(TableView.class);
        assertThat(samples.isVisible()).as("the Samples tab is selected").isTrue();
        assertThat(samples.getItems()).hasSize(6);
        assertThat(robot.lookup("#sampleFileBanner").queryAs(Label.class).getText())
                .contains("JudgeBench (detected)")
                .contains("read-only");
        assertThat(samples.getColumns())
                .extracting(c -> c.getText())
                .containsExactly("id", "prompt", "response(s)", "expected", "expected skill");
        snap(robot, "sample-set-judgebench.png");

        robot.clickOn("#runSwap");
        robot.clickOn("#runStrictSkill");
        assertThat(shell.runs().run().choices().swap()).isTrue();
        robot.clickOn(RunFlowIT.toolbarButton(robot, "run.evaluate"));
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> shell.runs().run().stateProperty().get() == RunViewModel.State.DONE);

        LoadedRun run = shell.runs().run().runProperty().get();
        assertThat(shell.runs()
                        .window()
                        .tabs()
                        .getSelectionModel()
                        .getSelectedItem()
                        .getId())
                .as("a run shows its results")
                .isEqualTo("tab-results");
        assertThat(run.summary().mode()).isEqualTo(EvalMode.PAIRWISE);
        assertThat(shell.runs().run().rows()).hasSize(6).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RowStatus.UNSCORED);
            assertThat(r.reason()).isEqualTo("judge_unavailable");
        });
        assertThat(run.results())
                .allSatisfy(r -> assertThat(r.provenance().toString()).contains("strictSkill"));
        assertThat(run.meta().orElseThrow().choices().swap()).isTrue();
        @SuppressWarnings("unchecked")
        ChoiceBox<RowFilter> filter = robot.lookup("#resultsFilter").queryAs(ChoiceBox.class);
        assertThat(filter.getItems()).contains(RowFilter.POSITION_INCONSISTENT);
        robot.interact(() -> filter.setValue(RowFilter.POSITION_INCONSISTENT));
        @SuppressWarnings("unchecked")
        TableView<SampleRow> results = robot.lookup("#resultsTable").queryAs(TableView.class);
        assertThat(results.getItems())
                .as("nothing was judged, so no pair changed its verdict")
                .isEmpty();
        robot.interact(() -> filter.setValue(RowFilter.ALL));
        robot.interact(() -> results.getSelectionModel().select(0));
        snap(robot, "run-judgebench-unscored.png");
    }

    @Test
    void aPackageThatFailsValidationIsRefusedUntilAllowInvalidIsChecked(FxRobot robot) throws Exception {
        Path pkg = SampleSkills.copy(SampleSkills.IF_CHECKLIST, tmp.resolve("invalid"));
        Path manifest = pkg.resolve("resources.yaml");
        Files.writeString(
                manifest,
                Files.readString(manifest, StandardCharsets.UTF_8)
                        + "  - id: gone\n    path: rubrics/gone.md\n    type: rubric\n",
                StandardCharsets.UTF_8);
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> shell.viewModel().project().root() != null);
        robot.interact(() -> shell.registry().execute(StudioAction.TOGGLE_RUN));
        Button run = RunFlowIT.toolbarButton(robot, "run.evaluate");
        robot.clickOn(run);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> shell.runs().run().stateProperty().get() == RunViewModel.State.FAILED);
        assertThat(dialogs.errors).anyMatch(e -> e.startsWith("Run refused") && e.contains("• resources.yaml"));
        assertThat(shell.runs().run().keptRuns()).noneMatch(r -> r.skill().equals(SampleSkills.IF_CHECKLIST));
        Label warning = robot.lookup("#allowInvalidWarning").queryAs(Label.class);
        assertThat(warning.isVisible()).isFalse();

        robot.clickOn("#runAllowInvalid");
        assertThat(warning.isVisible()).isTrue();
        robot.clickOn(run);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> shell.runs().run().stateProperty().get() == RunViewModel.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#runMessage").queryAs(Label.class).getText()).contains("fails validation");
        assertThat(shell.runs().run().runProperty().get().results())
                .allSatisfy(r -> assertThat(r.provenance().toString()).contains("allowInvalid"));
        snap(robot, "run-allow-invalid.png");
    }

    @Test
    void runThisSampleAgainFromItsRowRewritesTheKeptRun(FxRobot robot) throws Exception {
        Path pkg = SampleSkills.copy(SampleSkills.IF_CHECKLIST, tmp.resolve("again"));
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> shell.viewModel().project().root() != null);
        robot.interact(() -> shell.registry().execute(StudioAction.TOGGLE_RUN));
        robot.clickOn(RunFlowIT.toolbarButton(robot, "run.evaluate"));
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> shell.runs().run().stateProperty().get() == RunViewModel.State.DONE);
        Path dir = shell.runs().run().runProperty().get().dir().orElseThrow();
        String before = rowOf("s02").result();
        Path samples = pkg.resolve("evals/samples.jsonl");
        Files.write(
                samples,
                Files.readAllLines(samples).stream()
                        .map(l -> l.contains("\"s02\"")
                                ? "{\"id\": \"s02\", \"prompt\": \"Say hi.\", \"response\": \"Hi.\"}"
                                : l)
                        .toList());

        @SuppressWarnings("unchecked")
        TableView<SampleRow> table = robot.lookup("#resultsTable").queryAs(TableView.class);
        Predicate<Node> s02Row = n -> n instanceof TableRow<?> r
                && r.getItem() instanceof SampleRow x
                && x.sampleId().equals("s02")
                && r.isVisible();
        // The table lays out its rows on the next pulse after the run is shown.
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(s02Row::test).tryQuery().isPresent());
        TableRow<?> row = robot.lookup(s02Row::test).queryAs(TableRow.class);
        robot.clickOn(row);
        // Monocle sends no context-menu request for a secondary click; fire the one the platform would send.
        robot.interact(() -> {
            Bounds b = row.localToScreen(row.getBoundsInLocal());
            row.fireEvent(new ContextMenuEvent(
                    ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, b.getMinX() + 10, b.getMinY() + 10, false, null));
        });
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing()));
        robot.sleep(300);
        Node item = Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".label").stream())
                .filter(n -> n instanceof Labeled l && "Run this sample again".equals(l.getText()))
                .findFirst()
                .orElseThrow();
        robot.moveTo(item.getParent()).sleep(200).clickOn(item.getParent());
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#runMessage").queryAs(Label.class).getText().contains("written to the kept run"));

        String after = rowOf("s02").result();
        assertThat(after).isNotEqualTo(before);
        assertThat(table.getItems().stream()
                        .filter(r -> r.sampleId().equals("s02"))
                        .findFirst()
                        .orElseThrow()
                        .result())
                .isEqualTo(after);
        LoadedRun reread = RunFolderReader.read(dir);
        assertThat(reread.results().stream()
                        .filter(r -> r.sampleId().equals("s02"))
                        .findFirst()
                        .orElseThrow())
                .isEqualTo(shell.runs().run().runProperty().get().results().stream()
                        .filter(r -> r.sampleId().equals("s02"))
                        .findFirst()
                        .orElseThrow());
        assertThat(reread.summary())
                .isEqualTo(shell.runs().run().runProperty().get().summary());
        assertThat(reread.meta()).isPresent();
    }

    @Test
    void aJudgeBenchFileInThePackageOpensReadOnlyInTheEditorAndOurJsonlStaysEditable(FxRobot robot) throws Exception {
        Path pkg = SampleSkills.copy(SampleSkills.IF_CHECKLIST, tmp.resolve("inside"));
        try (var lines = Files.lines(
                SharedData.require("judgebench/dataset=judgebench,response_model=gpt-4o-2024-05-13.jsonl"))) {
            Files.write(pkg.resolve("evals/pairs.jsonl"), lines.limit(3).toList());
        }
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> shell.viewModel().project().root() != null);

        robot.interact(() -> shell.viewModel().project().openDocument("evals/pairs.jsonl"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#sampleFileView").tryQuery().isPresent()
                        && robot.lookup("#sampleFileView .table-view")
                                        .queryAs(TableView.class)
                                        .getItems()
                                        .size()
                                == 3);
        Node editorRows = robot.lookup("#sampleFileView").queryAll().stream()
                .filter(n -> n.getScene() != null && n.isVisible())
                .findFirst()
                .orElseThrow();
        assertThat(((Label) editorRows.lookup("#sampleFileBanner")).getText())
                .contains("JudgeBench")
                .contains("read-only");
        assertThat(robot.lookup("#addSample").queryAll().stream().filter(Node::isVisible))
                .as("no editable table")
                .isEmpty();
        assertThat(robot.lookup("#sampleSetField").queryAs(TextField.class).getText())
                .endsWith("pairs.jsonl");

        robot.interact(() -> shell.viewModel().project().openDocument("evals/samples.jsonl"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#addSample").queryAll().stream().anyMatch(Node::isVisible));
        assertThat(robot.lookup("#sampleSetField").queryAs(TextField.class).getText())
                .endsWith("samples.jsonl");
    }

    private SampleRow rowOf(String id) {
        return shell.runs().run().rows().stream()
                .filter(r -> r.sampleId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private void clickMenu(FxRobot robot, String menu, String item) {
        robot.clickOn(stage.getScene().lookup(".menu-bar").lookupAll(".menu-button").stream()
                .filter(n -> n instanceof Labeled l && menu.equals(l.getText()))
                .findFirst()
                .orElseThrow());
        // The pop-up fades in; a click before it settles closes it without firing the item.
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(400);
        Node label = Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".label").stream())
                .filter(n -> n instanceof Labeled l && item.equals(l.getText()) && n.isVisible())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open menu shows " + item));
        // The item's row, not its label: the row is what arms and fires the item.
        robot.moveTo(label.getParent()).sleep(200).clickOn(label.getParent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snap(FxRobot robot, String name) throws Exception {
        String dir = System.getProperty("studio.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        robot.interact(() -> {
            shell.window().workbench().problemsShownProperty().set(false);
            shell.window().workbench().resourcesShownProperty().set(false);
            shell.window().workbench().outlineShownProperty().set(false);
            Parent p = shell.runs().window().getParent();
            while (p != null && !(p instanceof SplitPane)) {
                p = p.getParent();
            }
            if (p != null) {
                ((SplitPane) p).setDividerPositions(0.15);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        SceneSnapshots.snap(robot, stage.getScene().getRoot(), Path.of(dir).resolve(name));
    }
}

package io.skillstudio.app.studio.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.StudioStage;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.run.results.SampleRow;
import io.skillstudio.app.studio.shell.StudioShell;
import io.skillstudio.app.studio.trace.Highlight;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Open a sample set → Run from the toolbar → results → select a sample → its trace → click the evidence
 * in the response → open the resource the step used, in the editor at its line.
 */
@ExtendWith(ApplicationExtension.class)
class RunFlowIT {

    @TempDir
    static Path tmp;

    private StudioShell shell;

    @Start
    void start(Stage stage) {
        shell = StudioStage.show(stage, tmp);
    }

    /** The main toolbar's button of an action (the run window has its own copies). */
    static Button toolbarButton(FxRobot robot, String actionId) {
        return robot.lookup((Node n) -> ("tool-" + actionId).equals(n.getId())).queryAllAs(Button.class).stream()
                .filter(b -> b.getParent() != null
                                && b.getParent().getStyleClass().contains("tool-bar")
                        || b.getParent() != null
                                && b.getParent().getParent() != null
                                && b.getParent().getParent().getStyleClass().contains("tool-bar"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void runSelectTraceClickEvidenceOpensTheResource(FxRobot robot) throws Exception {
        Path pkg = SampleSkills.copy(SampleSkills.IF_CHECKLIST, tmp.resolve("flow"));
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> shell.viewModel().project().selectedProperty().get() != null);
        Button run = toolbarButton(robot, "run.evaluate");

        // the open sample set becomes the run's sample set
        robot.interact(() -> shell.viewModel().project().openDocument("evals/samples.jsonl"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sampleSetField").queryAs(TextField.class).getText())
                .endsWith("evals" + File.separator + "samples.jsonl");
        assertThat(run.isDisabled()).isFalse();
        robot.clickOn(run);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> shell.runs().run().stateProperty().get() == RunViewModel.State.DONE);

        @SuppressWarnings("unchecked")
        TableView<SampleRow> table = robot.lookup("#resultsTable").queryAs(TableView.class);
        assertThat(table.getItems())
                .hasSize(shell.runs().run().runProperty().get().results().size())
                .hasSizeGreaterThan(5);
        int s09 = indexOf(table, "s09");
        robot.interact(() -> table.scrollTo(s09));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(
                        (Node n) -> n instanceof TableCell<?, ?> c && "s09".equals(c.getText()) && c.isVisible())
                .queryAs(Node.class);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().sampleId()).isEqualTo("s09");
        @SuppressWarnings("unchecked")
        TreeView<?> tree = robot.lookup("#traceTree").queryAs(TreeView.class);
        assertThat(tree.getRoot()).isNotNull();
        assertThat(tree.getRoot().getValue().toString()).contains("Run s09");

        // the failed no_ai_disclaimer item marked its evidence in red; click it
        List<Highlight> spans = shell.runs().trace().highlights();
        Highlight disclaimer = spans.stream()
                .filter(h -> h.item().equals("no_ai_disclaimer"))
                .findFirst()
                .orElseThrow();
        assertThat(disclaimer.passed()).isFalse();
        StyleClassedTextArea area = robot.lookup("#evidenceText").queryAs(StyleClassedTextArea.class);
        assertThat(area.getStyleOfChar(disclaimer.start())).contains("evidence-fail");
        Bounds[] at = new Bounds[1];
        robot.interact(() -> at[0] = area.getCharacterBoundsOnScreen(disclaimer.start(), disclaimer.start() + 1)
                .orElseThrow());
        Bounds b = at[0];
        robot.clickOn(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.runs().trace().selectedProperty().get().title()).contains("no_ai_disclaimer");

        robot.clickOn("#openResource");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Document d = shell.viewModel().project().selectedProperty().get();
            return d != null && d.path().equals("rubrics/if_pointwise.checklist.yaml");
        });
        Document checklist = shell.viewModel().project().selectedProperty().get();
        List<String> lines = List.of(checklist.text().split("\n"));
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> checklist.caretLineProperty().get() == lines.indexOf("  - id: no_ai_disclaimer") + 1);

        // the summary, drawn when its tab is shown
        robot.clickOn("#tab-summary");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#summary-scored").tryQuery().isPresent());
        assertThat(robot.lookup("#summary-samples").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(table.getItems().size()));
        robot.clickOn("#tab-results");

        // a row's context menu runs that sample again
        robot.interact(() -> table.scrollTo(indexOf(table, "s09")));
        WaitForAsyncUtils.waitForFxEvents();
        Node again = robot.lookup(
                        (Node n) -> n instanceof TableCell<?, ?> c && "s09".equals(c.getText()) && c.isVisible())
                .queryAs(Node.class);
        // Monocle sends no context-menu request for a secondary click: fire the one the platform would send
        robot.interact(() -> {
            Bounds cellAt = again.localToScreen(again.getBoundsInLocal());
            Event.fireEvent(
                    again,
                    new ContextMenuEvent(
                            ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                            cellAt.getWidth() / 2,
                            cellAt.getHeight() / 2,
                            cellAt.getCenterX(),
                            cellAt.getCenterY(),
                            false,
                            null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".label").stream())
                .filter(n -> n instanceof Labeled l && "Run this sample again".equals(l.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the row's context menu is not open")));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> shell.runs().run().messageProperty().get().startsWith("s09 run again"));
    }

    @Test
    void shiftF10RunsAndCancelStopsMidRun(FxRobot robot) throws Exception {
        Path pkg = SampleSkills.copy(SampleSkills.IF_CHECKLIST, tmp.resolve("cancel"));
        SampleSkills.generate(pkg.resolve("evals/samples.jsonl"), 5000, pkg.resolve("evals/big.jsonl"));
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> shell.viewModel().project().selectedProperty().get() != null);
        robot.interact(() -> {
            shell.runs().run().sampleSetProperty().set(pkg.resolve("evals/big.jsonl"));
            shell.runs().run().threadsProperty().set(1);
        });
        robot.interact(() -> shell.registry().execute(StudioAction.TOGGLE_RUN));
        robot.clickOn("#sampleSetField");
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> !shell.runs().run().rows().isEmpty());
        Button cancel = toolbarButton(robot, "run.cancel");
        assertThat(cancel.isDisabled()).isFalse();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> shell.runs().run().stateProperty().get() == RunViewModel.State.CANCELLED);
        var summary = shell.runs().run().runProperty().get().summary();
        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.notStarted()).isPositive();
        assertThat(shell.runs().run().rows()).hasSize(summary.evaluated()).hasSizeLessThan(5000);
        assertThat(shell.runs().run().runProperty().get().dir()).isPresent();
        assertThat(cancel.isDisabled()).isTrue();
    }

    private static int indexOf(TableView<SampleRow> table, String id) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).sampleId().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no row " + id);
    }
}

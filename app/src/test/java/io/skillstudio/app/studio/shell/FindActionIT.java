package io.skillstudio.app.studio.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.ScriptedDialogs;
import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.editor.Document;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find Action with the keyboard only, over an editor that has focus: the keys go to the pop-up alone. */
@ExtendWith(ApplicationExtension.class)
class FindActionIT {

    @TempDir
    Path tmp;

    private Stage stage;
    private StudioShell shell;
    private Document doc;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openPackage(FxRobot robot) throws Exception {
        Path pkg = TestPackages.copyTemplate("pointwise-checklist", tmp);
        robot.interact(() -> {
            shell = new StudioShell(
                    stage,
                    new StudioContext(tmp.resolve("home"), TestPackages.validator(), false),
                    new ScriptedDialogs());
            stage.show();
            shell.open(pkg);
        });
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> shell.viewModel().project().selectedProperty().get() != null);
        doc = shell.viewModel().project().selectedProperty().get();
        area = robot.lookup("#codeArea").match(Node::isVisible).queryAs(CodeArea.class);
        robot.clickOn(area);
    }

    @Test
    void typingANameAndEnterRunsTheActionAndLeavesTheEditorAlone(FxRobot robot) {
        String before = doc.text();
        boolean problemsShown = shell.workbench().problemsShownProperty().get();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup("#findActionField").queryAs(TextField.class).isFocused())
                .isTrue();
        robot.write("view problems");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.workbench().problemsShownProperty().get()).isNotEqualTo(problemsShown);
        assertThat(doc.text()).as("no newline typed into the editor underneath").isEqualTo(before);
        assertThat(doc.isDirty()).isFalse();
        assertThat(robot.lookup("#findActionField").tryQuery())
                .as("the pop-up closed")
                .isEmpty();
    }

    @Test
    void arrowDownThenEnterRunsTheChosenAction(FxRobot robot) {
        int font = shell.viewModel().settings().fontSizeProperty().get();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("editor font");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.viewModel().settings().fontSizeProperty().get())
                .as("the second match: Decrease editor font")
                .isEqualTo(font - 1);
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void escapeClosesWithoutRunningAnything(FxRobot robot) {
        boolean problemsShown = shell.workbench().problemsShownProperty().get();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("view problems");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.workbench().problemsShownProperty().get()).isEqualTo(problemsShown);
        assertThat(robot.lookup("#findActionField").tryQuery()).isEmpty();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void windowShortcutsWorkWhileAnEditorHasFocus(FxRobot robot) {
        robot.interact(() -> area.insertText(0, "x"));
        assertThat(doc.isDirty()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void saveShortcutWorksWhileTheResourcesTableHasFocus(FxRobot robot) throws Exception {
        robot.interact(() -> shell.viewModel().project().openDocument("resources.yaml"));
        Document manifest = shell.viewModel().project().selectedProperty().get();
        robot.interact(() -> manifest.setText(manifest.text() + "# note\n"));
        Node table = robot.lookup("#resourceTableView").match(Node::isVisible).query();
        robot.clickOn(table);
        assertThat(isWithin(stage.getScene().getFocusOwner(), table))
                .as("the table has focus")
                .isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(manifest.isDirty()).isFalse();
    }

    private static boolean isWithin(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}

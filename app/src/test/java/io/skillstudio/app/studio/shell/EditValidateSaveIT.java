package io.skillstudio.app.studio.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.model.diagnostics.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Open a package, break SKILL.md, see the diagnostic, fix it, save with Ctrl+S. */
@ExtendWith(ApplicationExtension.class)
class EditValidateSaveIT {

    @TempDir
    static Path tmp;

    private StudioShell shell;

    @Start
    void start(Stage stage) {
        shell = new StudioShell(stage, new StudioContext(tmp.resolve("home"), TestPackages.validator(), false));
        stage.show();
    }

    @Test
    void editSeeDiagnosticFixAndSave(FxRobot robot) throws Exception {
        Path pkg = TestPackages.copyTemplate("pointwise-checklist", tmp);
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> shell.viewModel().project().selectedProperty().get() != null);
        Document doc = shell.viewModel().project().selectedProperty().get();
        assertThat(doc.path()).isEqualTo("SKILL.md");
        // the editor tab is built after the selection changes (one more FX pulse): wait for it, do not race it
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup("#codeArea").tryQuery().isPresent());
        CodeArea area = robot.lookup("#codeArea").queryAs(CodeArea.class);
        @SuppressWarnings("unchecked")
        TableView<Diagnostic> problems = robot.lookup("#problemsTable").queryAs(TableView.class);

        String original = doc.text();
        int start = original.indexOf("description:");
        int end = original.indexOf('\n', start) + 1;
        String descriptionLine = original.substring(start, end);
        robot.interact(() -> area.deleteText(start, end));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> problems.getItems().stream().anyMatch(d -> d.code().equals("SKL005")));
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.diagnosticsProperty().get()).anyMatch(d -> d.code().equals("SKL005"));

        robot.interact(() -> area.insertText(start, descriptionLine));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> problems.getItems().stream().noneMatch(d -> d.code().equals("SKL005")));

        robot.interact(() -> area.insertText(area.getLength(), "\nOne more line.\n"));
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !doc.isDirty());
        assertThat(Files.readString(pkg.resolve("SKILL.md"), StandardCharsets.UTF_8))
                .isEqualTo(original + "\nOne more line.\n");
    }
}

package io.skillstudio.app.studio.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.StudioStage;
import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Double-clicking a Problems row opens its file and puts the caret on its line and column. */
@ExtendWith(ApplicationExtension.class)
class ProblemsNavigationIT {

    @TempDir
    static Path tmp;

    private StudioShell shell;

    @Start
    void start(Stage stage) {
        // One known finding in a file other than SKILL.md (which opens first), so the jump is visible.
        shell = StudioStage.show(
                stage,
                new StudioContext(
                        tmp.resolve("home"),
                        (pkg, mode) -> {
                            List<Diagnostic> out =
                                    new ArrayList<>(TestPackages.validator().apply(pkg, mode));
                            out.add(Diagnostic.at(
                                    DiagnosticCode.DESCRIPTION_MISSING, "resources.yaml", 4, 5, "test: look here"));
                            return out;
                        },
                        false));
    }

    @Test
    void doubleClickJumpsToFileLineAndColumn(FxRobot robot) throws Exception {
        Path pkg = TestPackages.copyTemplate("pointwise-checklist", tmp);
        robot.interact(() -> shell.open(pkg));
        @SuppressWarnings("unchecked")
        TableView<Diagnostic> problems = robot.lookup("#problemsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> problems.getItems().stream().anyMatch(d -> d.message().equals("test: look here")));
        assertThat(shell.viewModel().project().selectedProperty().get().path()).isEqualTo("SKILL.md");

        int index = problems.getItems()
                .indexOf(problems.getItems().stream()
                        .filter(d -> d.message().equals("test: look here"))
                        .findFirst()
                        .orElseThrow());
        robot.interact(() -> problems.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup("#problemsTable .table-cell")
                .match((Node n) -> n instanceof TableCell<?, ?> c && "test: look here".equals(c.getText()))
                .query();
        robot.doubleClickOn(cell);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Document d = shell.viewModel().project().selectedProperty().get();
            return d != null
                    && d.path().equals("resources.yaml")
                    && d.caretLineProperty().get() == 4;
        });
        Document doc = shell.viewModel().project().selectedProperty().get();
        assertThat(doc.caretColumnProperty().get()).isEqualTo(5);
        CodeArea area = robot.lookup("#codeArea").match(Node::isVisible).queryAs(CodeArea.class);
        assertThat(area.getCurrentParagraph()).isEqualTo(3);
        assertThat(area.getCaretColumn()).isEqualTo(4);
    }
}

package io.skillstudio.app.studio.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.model.resources.ResourceEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

/** resources.yaml: table edits show in the text, text edits show in the table, unknown keys survive. */
@ExtendWith(ApplicationExtension.class)
class TableRoundTripIT {

    @TempDir
    static Path tmp;

    private StudioShell shell;

    @Start
    void start(Stage stage) {
        shell = new StudioShell(stage, new StudioContext(tmp.resolve("home"), TestPackages.validator(), false));
        stage.show();
    }

    @Test
    void tableAndTextStayInSync(FxRobot robot) throws Exception {
        Path pkg = TestPackages.copyTemplate("pairwise-rubric-judge", tmp);
        Files.writeString(
                pkg.resolve("resources.yaml"),
                Files.readString(pkg.resolve("resources.yaml"))
                        .replace(
                                "    cost: low\n    hard_or_soft: soft\n    decision_impact: strong",
                                "    cost: low  # cheap\n    x_team_owner: alice\n    hard_or_soft: soft\n    decision_impact: strong"));
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> shell.viewModel().project().selectedProperty().get() != null);
        robot.interact(() -> shell.viewModel().project().openDocument("resources.yaml"));
        WaitForAsyncUtils.waitForFxEvents();
        Document doc = shell.viewModel().project().selectedProperty().get();
        assertThat(doc.path()).isEqualTo("resources.yaml");
        @SuppressWarnings("unchecked")
        TableView<ResourceEntry> table = robot.lookup("#resourceTableView").queryAllAs(TableView.class).stream()
                .filter(t -> t.getScene() != null && t.isVisible())
                .findFirst()
                .orElseThrow();
        assertThat(table.getItems()).hasSize(3);

        // Table -> text: add a row with the button, then move it to the top.
        robot.clickOn("#addResource");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(4);
        assertThat(doc.text()).contains("id: resource_1");
        robot.interact(() -> table.getSelectionModel().select(3));
        robot.clickOn("#moveResourceUp");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(2).id()).contains("resource_1");

        // Text -> table: edit the YAML in the code area.
        CodeArea area = robot.lookup("#codeArea").queryAllAs(CodeArea.class).stream()
                .filter(a -> a.getText().equals(doc.text()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            int at = area.getText().indexOf("id: bias_control");
            area.replaceText(at, at + "id: bias_control".length(), "id: bias_guard");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(e -> e.id().orElse("")).contains("bias_guard");

        // Unknown key and comment survived every structured edit; save writes exactly the text.
        assertThat(doc.text()).contains("x_team_owner: alice").contains("cost: low  # cheap");
        robot.interact(() -> shell.viewModel().saving().saveSelected());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(pkg.resolve("resources.yaml"))).isEqualTo(doc.text());
    }
}

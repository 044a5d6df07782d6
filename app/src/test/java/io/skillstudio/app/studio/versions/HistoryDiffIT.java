package io.skillstudio.app.studio.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.StudioStage;
import io.skillstudio.app.studio.shell.StudioShell;
import io.skillstudio.model.versioning.SkillVersion;
import io.skillstudio.model.versioning.diff.FileDiff;
import io.skillstudio.model.versioning.diff.SideBySide;
import io.skillstudio.model.versioning.history.HistoryEntry;
import io.skillstudio.model.versioning.history.PackageHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Package › History lists the commits; selecting two and pressing Diff selected shows what changed. */
@ExtendWith(ApplicationExtension.class)
class HistoryDiffIT {

    @TempDir
    static Path tmp;

    private StudioShell shell;

    @Start
    void start(Stage stage) {
        shell = StudioStage.show(stage, tmp);
    }

    @Test
    @SuppressWarnings("unchecked")
    void historyListsCommitsAndTagsAndDiffShowsTheChecklistEdit(FxRobot robot) throws Exception {
        Path pkg = VersionsFixture.copySample(tmp);
        var me = Optional.of(
                new PersonIdent("Ada", "ada@example.org", Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC));
        try (PackageHistory h = PackageHistory.openOrInit(pkg)) {
            h.commit("Initial import", me);
            h.tagRelease("if-checklist-pointwise", SkillVersion.parse("1.0.0").orElseThrow(), "HEAD", me);
            Path checklist = pkg.resolve("rubrics/if_pointwise.checklist.yaml");
            Files.writeString(checklist, Files.readString(checklist).replace("max: 250", "max: 5"));
            h.commit("Five-word budget", me);
        }
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> shell.viewModel().project().diskPackageProperty().get() != null);

        // The real menu item of Package › History (menus are popups that Monocle does not click into).
        assertThat(menuItem(robot, "menu-package.history").isDisable()).isFalse();
        robot.interact(() -> menuItem(robot, "menu-package.history").fire());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#historyTable").tryQuery().isPresent());
        TableView<HistoryEntry> table = robot.lookup("#historyTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems())
                .extracting(HistoryEntry::summary)
                .containsExactly("Five-word budget", "Initial import");
        assertThat(table.getItems().get(1).tags()).containsExactly("if-checklist-pointwise-v1.0.0");

        robot.clickOn(cell(robot, "Five-word budget"));
        robot.press(KeyCode.CONTROL).clickOn(cell(robot, "Initial import")).release(KeyCode.CONTROL);
        assertThat(table.getSelectionModel().getSelectedItems()).hasSize(2);
        robot.clickOn("#historyDiff");

        ListView<FileDiff> files = robot.lookup("#diffFiles").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> files.getItems().size() == 1);
        assertThat(files.getItems().get(0).path()).isEqualTo("rubrics/if_pointwise.checklist.yaml");
        assertThat(files.isVisible()).as("the Diff tab is shown").isTrue();
        TableView<SideBySide.Row> sides = robot.lookup("#diffSideBySide").queryAs(TableView.class);
        assertThat(sides.getItems()).anySatisfy(r -> {
            assertThat(r.left()).contains("max: 250");
            assertThat(r.right()).contains("max: 5");
        });
        assertThat(robot.lookup("#diffStructured").queryAs(TextArea.class).getText())
                .contains(
                        "Checklist — rubrics/if_pointwise.checklist.yaml",
                        "changed concise",
                        "params: {max=250} → {max=5}");
    }

    static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup("#historyTable .table-cell")
                .match((Node n) -> n instanceof TableCell<?, ?> c && text.equals(c.getText()))
                .query();
    }
}

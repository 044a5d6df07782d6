package io.skillstudio.app.studio.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.ScriptedDialogs;
import io.skillstudio.app.studio.StudioStage;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.shell.StudioShell;
import io.skillstudio.app.studio.trace.Step;
import io.skillstudio.evaluator.versions.SampleDrift;
import io.skillstudio.model.versioning.history.HistoryEntry;
import io.skillstudio.model.versioning.history.PackageHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eclipse.jgit.lib.PersonIdent;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Open a package in a git repository, edit its checklist and save, Package › Compare runs of two
 * versions, compare the last commit with the working copy, press Enter on a changed sample: the Run
 * window's trace viewer shows the two traces side by side with the differing steps marked.
 */
@ExtendWith(ApplicationExtension.class)
class DriftTracesIT {

    @TempDir
    static Path tmp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private StudioShell shell;

    @Start
    void start(Stage stage) {
        shell = StudioStage.show(stage, tmp, dialogs);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDriftRowOpensBothTracesSideBySide(FxRobot robot) throws Exception {
        Path pkg = VersionsFixture.copySample(tmp);
        try (PackageHistory h = PackageHistory.openOrInit(pkg)) {
            h.commit(
                    "Initial import",
                    Optional.of(new PersonIdent(
                            "Ada", "ada@example.org", Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC)));
        }
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> shell.viewModel().project().diskPackageProperty().get() != null);

        // The edit: the concise budget from 250 words to 5, typed into the editor and saved with Ctrl+S.
        String checklist = "rubrics/if_pointwise.checklist.yaml";
        robot.interact(() -> shell.viewModel().project().openDocument(checklist));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Document d = shell.viewModel().project().selectedProperty().get();
            return d != null
                    && d.path().equals(checklist)
                    && robot.lookup("#codeArea").tryQuery().isPresent();
        });
        Document doc = shell.viewModel().project().selectedProperty().get();
        CodeArea area = robot.lookup("#codeArea")
                .match((CodeArea a) -> a.getText().contains("max: 250"))
                .query();
        int at = area.getText().indexOf("max: 250") + "max: ".length();
        robot.interact(() -> area.replaceText(at, at + 3, "5"));
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !doc.isDirty());
        assertThat(Files.readString(pkg.resolve(checklist))).contains("max: 5").doesNotContain("max: 250");

        // Package › Compare runs of two versions (the real menu item; Monocle does not click into popups).
        robot.interact(
                () -> HistoryDiffIT.menuItem(robot, "menu-package.compareRuns").fire());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#driftTable").tryQuery().isPresent());
        assertThat(robot.lookup("#driftSummary").queryAs(Label.class).isVisible())
                .as("the Compare runs tab")
                .isTrue();
        robot.interact(() -> shell.versions().view().show(VersionsView.Page.HISTORY));
        TableView<HistoryEntry> history = robot.lookup("#historyTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 1);
        robot.clickOn(cell(robot, "#historyTable", "Initial import"));
        dialogs.fileAnswers.add(pkg.resolve("evals/samples.jsonl"));
        robot.clickOn("#historyCompareRuns");

        TableView<SampleDrift> drift = robot.lookup("#driftTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !drift.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents(); // the table fills first, then the summary: let the FX thread finish
        assertThat(dialogs.errors).isEmpty();
        assertThat(drift.getItems()).hasSize(12);
        assertThat(robot.lookup("#driftSummary").queryAs(Label.class).getText())
                .contains("working copy", "12 of 18 sample(s) changed");

        // Select the first changed sample and press Enter: both traces open in the Run window.
        SampleDrift first = drift.getItems().get(0);
        robot.clickOn(cell(robot, "#driftTable", first.sampleId()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#compareTree")
                        .tryQuery()
                        .map(n -> ((TreeView<Step>) n).getRoot() != null && n.getScene() != null)
                        .orElse(false));
        TreeView<Step> left = robot.lookup("#traceTree").queryAs(TreeView.class);
        TreeView<Step> right = robot.lookup("#compareTree").queryAs(TreeView.class);
        assertThat(left.getRoot().getValue().title()).contains(first.sampleId());
        assertThat(right.getRoot().getValue().title()).contains(first.sampleId());
        assertThat(right.isVisible()).isTrue();
        var differing = shell.runs().trace().differingProperty().get();
        Step concise = right.getRoot().getValue().flatten().stream()
                .filter(s -> s.title().contains("concise"))
                .findFirst()
                .orElseThrow();
        assertThat(differing).as("the concise step differs").contains(concise.key());

        // Selecting it in the older version's tree scrolls it into view, marked ≠.
        Step older = left.getRoot().getValue().flatten().stream()
                .filter(s -> s.key().equals(concise.key()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> shell.runs().trace().selectedProperty().set(older));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#traceTree .tree-cell")
                        .match((Node n) -> n instanceof TreeCell<?> c
                                && c.getText() != null
                                && c.getText().startsWith("≠ ")
                                && c.getText().contains("concise"))
                        .tryQuery()
                        .isPresent());
        assertThat(robot.lookup("#traceCaption").queryAs(Label.class).getText())
                .contains(first.sampleId(), "left " + history.getItems().get(0).shortId(), "right working copy");
    }

    /** A table cell showing {@code text}, once rendered (a TestFX query is evaluated when it is built: poll anew). */
    private static Node cell(FxRobot robot, String table, String text) throws TimeoutException {
        Supplier<Optional<Node>> find = () -> robot.lookup(table + " .table-cell")
                .match((Node n) -> n instanceof TableCell<?, ?> c && text.equals(c.getText()))
                .tryQuery();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> find.get().isPresent());
        return find.get().orElseThrow();
    }
}

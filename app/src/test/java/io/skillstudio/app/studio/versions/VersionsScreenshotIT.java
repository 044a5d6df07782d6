package io.skillstudio.app.studio.versions;

import io.skillstudio.app.studio.SceneSnapshots;
import io.skillstudio.app.studio.ScriptedDialogs;
import io.skillstudio.app.studio.StudioStage;
import io.skillstudio.app.studio.shell.StudioShell;
import io.skillstudio.evaluator.judge.FakeOpenAi;
import io.skillstudio.model.versioning.SkillVersion;
import io.skillstudio.model.versioning.history.PackageHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/screenshots/versions-{history,diff,drift,drift-traces}.png from the real versions window and
 * the Run window's trace viewer (a drift row's two traces side by side). Only with
 * {@code -Dstudio.screenshots=<dir>}, like {@code ScreenshotIT}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "studio.screenshots", matches = ".+")
class VersionsScreenshotIT {

    @TempDir
    static Path tmp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private StudioShell shell;

    @Start
    void start(Stage stage) {
        shell = StudioStage.show(stage, tmp, dialogs);
    }

    @Test
    void screenshots(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("studio.screenshots"));
        Files.createDirectories(out);
        Path pkg = VersionsFixture.copySample(tmp);
        var ada = Optional.of(new PersonIdent(
                "Ada Author", "ada@example.org", Instant.parse("2026-12-01T09:30:00Z"), ZoneOffset.UTC));
        String first;
        String last;
        try (PackageHistory h = PackageHistory.openOrInit(pkg)) {
            first = h.commit("Import the if-checklist-pointwise skill", ada);
            h.tagRelease("if-checklist-pointwise", SkillVersion.parse("1.0.0").orElseThrow(), "HEAD", ada);
            Path rubric = pkg.resolve("rubrics/if_pointwise_rubric.md");
            Files.writeString(rubric, Files.readString(rubric) + "\nPrefer the shortest complete answer.\n");
            h.commit("Rubric: prefer short complete answers", ada);
            Path checklist = pkg.resolve("rubrics/if_pointwise.checklist.yaml");
            Files.writeString(
                    checklist,
                    Files.readString(checklist).replace("max: 250", "max: 5").replace("weight: 0.5", "weight: 1"));
            Files.writeString(
                    pkg.resolve("SKILL.md"),
                    Files.readString(pkg.resolve("SKILL.md")).replace("version: \"1.0.0\"", "version: \"1.1.0\""));
            last = h.commit("Concise: five-word budget, full weight", ada);
            h.tagRelease("if-checklist-pointwise", SkillVersion.parse("1.1.0").orElseThrow(), "HEAD", ada);
        }
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> shell.viewModel().project().diskPackageProperty().get() != null);
        VersionsFeature versions = shell.versions();
        robot.interact(() -> versions.show(VersionsView.Page.HISTORY));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> versions.viewModel().history().size() == 3);
        robot.interact(() -> {
            var table = robot.lookup("#historyTable").queryAs(TableView.class);
            table.getSelectionModel().selectIndices(0, 2);
        });
        SceneSnapshots.settle();
        SceneSnapshots.snap(robot, versions.window().getScene().getRoot(), out.resolve("versions-history.png"));

        robot.interact(() -> {
            versions.viewModel().diff(first, last);
            versions.view().show(VersionsView.Page.DIFF);
        });
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> versions.viewModel().diffProperty().get() != null);
        robot.interact(() -> versions.viewModel()
                .selectedFileProperty()
                .set(versions.viewModel().diffProperty().get().files().stream()
                        .filter(f -> f.path().endsWith(".checklist.yaml"))
                        .findFirst()
                        .orElseThrow()));
        SceneSnapshots.settle();
        SceneSnapshots.snap(robot, versions.window().getScene().getRoot(), out.resolve("versions-diff.png"));

        // Compare runs through the ViewModel's own path (sample set from the scripted file chooser), then
        // the first changed sample's two traces side by side in the Run window.
        // The model item (task_intent) is judged by a scripted OpenAI-compatible server set in Settings › Model judge.
        VersionsViewModel vm = versions.viewModel();
        dialogs.fileAnswers.add(pkg.resolve("evals/samples.jsonl"));
        try (FakeOpenAi judge = new FakeOpenAi(
                FakeOpenAi.finalAnswer("{\"score\":1,\"items\":[{\"id\":\"task_intent\",\"satisfied\":true}]}"))) {
            robot.interact(() -> {
                shell.viewModel().settings().judge().baseUrlProperty().set(judge.baseUrl());
                shell.viewModel().settings().judge().modelProperty().set("fake-judge");
                vm.compareRuns(first, last);
                versions.view().show(VersionsView.Page.RUNS);
            });
            WaitForAsyncUtils.waitFor(
                    60, TimeUnit.SECONDS, () -> vm.driftProperty().get() != null);
        }
        SceneSnapshots.settle();
        SceneSnapshots.snap(robot, versions.window().getScene().getRoot(), out.resolve("versions-drift.png"));

        robot.interact(() -> {
            vm.openTraces();
            var trace = shell.runs().trace();
            trace.rootProperty().get().flatten().stream()
                    .filter(s -> trace.differingProperty().get().contains(s.key())
                            && s.title().contains("concise"))
                    .findFirst()
                    .ifPresent(trace.selectedProperty()::set);
            versions.window().hide();
            // Room for the two trees (the headless screen is 1280x800): no Problems pane, a narrow results table.
            shell.window().workbench().problemsShownProperty().set(false);
            robot.lookup("#runToolWindow .split-pane").queryAs(SplitPane.class).setDividerPositions(0.2);
        });
        SceneSnapshots.settle();
        robot.interact(() -> {
            // The editors shrink to a strip, the Run window takes the height.
            ((SplitPane) shell.window().workbench().getCenter()).setDividerPositions(0.12);
        });
        SceneSnapshots.settle();
        SceneSnapshots.snap(robot, robot.lookup("#traceView").query(), out.resolve("versions-drift-traces.png"));
    }
}

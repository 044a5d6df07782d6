package io.skillstudio.app.studio.versions;

import io.skillstudio.app.studio.SceneSnapshots;
import io.skillstudio.app.studio.StudioStage;
import io.skillstudio.app.studio.shell.StudioShell;
import io.skillstudio.model.versioning.SkillVersion;
import io.skillstudio.model.versioning.history.PackageHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * Writes docs/screenshots/versions-{history,diff,drift}.png from the real versions window. Only with
 * {@code -Dstudio.screenshots=<dir>}, like {@code ScreenshotIT}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "studio.screenshots", matches = ".+")
class VersionsScreenshotIT {

    @TempDir
    static Path tmp;

    private StudioShell shell;

    @Start
    void start(Stage stage) {
        shell = StudioStage.show(stage, tmp);
    }

    @Test
    void screenshots(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("studio.screenshots"));
        Files.createDirectories(out);
        Path pkg = VersionsFixture.copySample(tmp);
        var ada = Optional.of(new PersonIdent("Ada Author", "ada@example.org", Instant.parse("2026-12-01T09:30:00Z"),
                ZoneOffset.UTC));
        String first;
        String last;
        try (PackageHistory h = PackageHistory.openOrInit(pkg)) {
            first = h.commit("Import the if-checklist-pointwise skill", ada);
            h.tagRelease("if-checklist-pointwise", SkillVersion.parse("1.0.0").orElseThrow(), "HEAD", ada);
            Path rubric = pkg.resolve("rubrics/if_pointwise_rubric.md");
            Files.writeString(rubric, Files.readString(rubric) + "\nPrefer the shortest complete answer.\n");
            h.commit("Rubric: prefer short complete answers", ada);
            Path checklist = pkg.resolve("rubrics/if_pointwise.checklist.yaml");
            Files.writeString(checklist, Files.readString(checklist).replace("max: 250", "max: 5")
                    .replace("weight: 0.5", "weight: 1"));
            Files.writeString(pkg.resolve("SKILL.md"), Files.readString(pkg.resolve("SKILL.md"))
                    .replace("version: \"1.0.0\"", "version: \"1.1.0\""));
            last = h.commit("Concise: five-word budget, full weight", ada);
            h.tagRelease("if-checklist-pointwise", SkillVersion.parse("1.1.0").orElseThrow(), "HEAD", ada);
        }
        robot.interact(() -> shell.open(pkg));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.viewModel().project().diskPackageProperty().get() != null);
        VersionsFeature versions = shell.versions();
        robot.interact(() -> versions.show(VersionsView.Page.HISTORY));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> versions.viewModel().history().size() == 3);
        robot.interact(() -> {
            var table = robot.lookup("#historyTable").queryAs(javafx.scene.control.TableView.class);
            table.getSelectionModel().selectIndices(0, 2);
        });
        SceneSnapshots.settle();
        SceneSnapshots.snap(robot, versions.window().getScene().getRoot(), out.resolve("versions-history.png"));

        robot.interact(() -> {
            versions.viewModel().diff(first, last);
            versions.view().show(VersionsView.Page.DIFF);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> versions.viewModel().diffProperty().get() != null);
        robot.interact(() -> versions.viewModel().selectedFileProperty().set(versions.viewModel().diffProperty().get()
                .files().stream().filter(f -> f.path().endsWith(".checklist.yaml")).findFirst().orElseThrow()));
        SceneSnapshots.settle();
        SceneSnapshots.snap(robot, versions.window().getScene().getRoot(), out.resolve("versions-diff.png"));

        VersionsViewModel vm = versions.viewModel();
        var report = io.skillstudio.evaluator.versions.VersionDrift.run(
                new io.skillstudio.model.versioning.diff.VersionSnapshots(pkg, PackageHistory.open(pkg).orElseThrow()),
                first, last, io.skillstudio.evaluator.sample.SampleReader.read(pkg.resolve("evals/samples.jsonl")).samples(),
                new io.skillstudio.evaluator.versions.VersionRunner(io.skillstudio.evaluator.run.EvalSettings.of(
                        io.skillstudio.evaluator.run.EvalMode.POINTWISE), Optional.empty()),
                io.skillstudio.evaluator.service.RunListener.NONE, ignored -> { });
        robot.interact(() -> {
            vm.driftProperty().set(report);
            vm.statusProperty().set(report.summary().changed() + " of " + report.summary().samples()
                    + " sample(s) changed");
            versions.view().show(VersionsView.Page.RUNS);
        });
        SceneSnapshots.settle();
        SceneSnapshots.snap(robot, versions.window().getScene().getRoot(), out.resolve("versions-drift.png"));
    }
}

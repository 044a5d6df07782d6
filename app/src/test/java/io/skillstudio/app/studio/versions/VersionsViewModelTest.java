package io.skillstudio.app.studio.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.app.studio.run.StudioJudge;
import io.skillstudio.evaluator.versions.ItemFlip;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import io.skillstudio.model.versioning.BumpKind;
import io.skillstudio.model.versioning.diff.FileDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versions commands without a screen: bump, commit, tag, history, diff, drift and export. */
class VersionsViewModelTest {

    @TempDir
    Path tmp;

    Path pkg;
    ScriptedVersionsDialogs dialogs = new ScriptedVersionsDialogs();
    AtomicBoolean dirty = new AtomicBoolean();
    AtomicInteger reloads = new AtomicInteger();
    VersionsViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        pkg = VersionsFixture.copySample(tmp);
        Validator validator = Validator.standard();
        vm = new VersionsViewModel(
                new CurrentThreadTaskExecutor(),
                dialogs,
                new VersionsViewModel.Host(
                        () -> pkg,
                        dirty::get,
                        p -> validator.validate(p, LintMode.SKILLRM),
                        reloads::incrementAndGet,
                        StudioJudge.none(),
                        pair -> {}),
                Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC));
    }

    private void commit(String message) {
        dialogs.texts.add(message);
        vm.commit();
    }

    @Test
    void commitCreatesARepositoryOnRequestThenBumpTagAndHistory() throws Exception {
        dialogs.confirms.add(true);
        commit("Initial");
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.inRepositoryProperty().get()).isTrue();
        assertThat(vm.history()).hasSize(1);

        dialogs.texts.add("Stricter budget");
        vm.bump(BumpKind.MINOR);
        assertThat(Files.readString(pkg.resolve("SKILL.md"))).contains("version: \"1.1.0\"");
        assertThat(Files.readString(pkg.resolve("CHANGELOG.md")))
                .contains("## 1.1.0 - 2026-12-06", "- Stricter budget");
        assertThat(reloads.get()).isEqualTo(1);

        commit("Release 1.1.0");
        vm.tagRelease();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.history()).hasSize(2);
        assertThat(vm.history().get(0).tags()).containsExactly("if-checklist-pointwise-v1.1.0");
        assertThat(vm.history().get(0).summary()).isEqualTo("Release 1.1.0");
    }

    @Test
    void unsavedEditsStopBumpAndCommitWithAMessage() {
        dirty.set(true);
        vm.bump(BumpKind.PATCH);
        vm.commit();
        assertThat(dialogs.errors).hasSize(2).allMatch(e -> e.contains("Save your edits first"));
    }

    @Test
    void diffAndDriftOfACommitAgainstTheWorkingCopy() throws Exception {
        dialogs.confirms.add(true);
        commit("Initial");
        Path checklist = pkg.resolve("rubrics/if_pointwise.checklist.yaml");
        Files.writeString(checklist, Files.readString(checklist).replace("max: 250", "max: 5"));
        String head = vm.history().get(0).id();

        vm.diff(head, null);
        assertThat(vm.diffProperty().get().files())
                .extracting(FileDiff::path)
                .containsExactly("rubrics/if_pointwise.checklist.yaml");
        assertThat(vm.selectedFileProperty().get().path()).isEqualTo("rubrics/if_pointwise.checklist.yaml");
        assertThat(vm.sideBySide()).anySatisfy(r -> {
            assertThat(r.tag()).isEqualTo("CHANGE");
            assertThat(r.left()).contains("max: 250");
            assertThat(r.right()).contains("max: 5");
        });

        dialogs.paths.add(pkg.resolve("evals/samples.jsonl"));
        vm.compareRuns(head, null);
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.driftProperty().get().summary().changed()).isEqualTo(12);
        assertThat(vm.selectedDriftProperty().get().itemFlips())
                .containsExactly(new ItemFlip(0, "concise", "pass", "fail"));
    }

    @Test
    void exportAsksAboutIgnoredFilesAndWritesBundleAndLockfile() throws Exception {
        Path out = tmp.resolve("bundle.zip");
        dialogs.ignored.add(VersionsDialogs.IgnoredAnswer.INCLUDE);
        dialogs.paths.add(out);
        vm.exportBundle();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.ignoredAsked)
                .singleElement()
                .satisfies(l -> assertThat(l).contains("evals/expected_results.jsonl", "evals/samples.jsonl"));
        assertThat(out).exists();
        assertThat(pkg.resolve("skill.lock.json")).exists();
        assertThat(dialogs.infos).singleElement().asString().contains("Bundle exported", "if-checklist-pointwise/");
    }

    @Test
    void exportOfAnInvalidPackageIsRefusedWithItsErrorsAndWritesNothing() throws Exception {
        Files.writeString(pkg.resolve("resources.yaml"), "resources: [unclosed\n");
        Path out = tmp.resolve("bundle.zip");
        dialogs.paths.add(out);
        vm.exportBundle();

        assertThat(dialogs.errors).singleElement().asString().contains("Export refused", "SKL021");
        assertThat(dialogs.ignoredAsked).isEmpty();
        assertThat(out).doesNotExist();
    }
}

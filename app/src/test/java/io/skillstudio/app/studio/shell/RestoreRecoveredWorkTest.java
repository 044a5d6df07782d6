package io.skillstudio.app.studio.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.ScriptedDialogs;
import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.settings.StudioSettings;
import io.skillstudio.app.workspace.RecoveryStore;
import io.skillstudio.app.workspace.RecoveryStore.Buffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another session's recovery data survives this session's autosaves and partial restores. */
class RestoreRecoveredWorkTest {

    @TempDir
    Path tmp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path home;
    private Path pkg;
    private String onDisk;

    @BeforeEach
    void aSessionCrashedWithUnsavedWork() throws Exception {
        home = tmp.resolve("home");
        pkg = TestPackages.copyTemplate("blank", tmp);
        onDisk = Files.readString(pkg.resolve("SKILL.md"));
        String hash = RecoveryStore.hash(Files.readAllBytes(pkg.resolve("SKILL.md")));
        RecoveryStore crashed = new RecoveryStore(home);
        crashed.store(
                pkg,
                List.of(
                        new Buffer("SKILL.md", onDisk + "recovered\n", hash),
                        new Buffer("references/gone.md", "only copy", "")));
        crashed.abandon();
    }

    private StudioViewModel session() {
        return new StudioViewModel(
                new CurrentThreadTaskExecutor(),
                new StudioSettings(home),
                dialogs,
                new RecoveryStore(home),
                TestPackages.validator());
    }

    @Test
    void autosaveWithNothingDirtyLeavesAnotherSessionsBuffersAlone() {
        StudioViewModel relaunched = session();
        relaunched.openPackage(pkg, () -> {});
        relaunched.recovery().autosave();
        relaunched.saving().saveAll();
        relaunched.confirmDiscardAll();
        assertThat(new RecoveryStore(home).pending())
                .singleElement()
                .satisfies(s -> assertThat(s.buffers()).hasSize(2));
    }

    @Test
    void buffersThatCannotBeRestoredAreKeptAndReported() {
        StudioViewModel vm = session();
        RecoveryStore.Snapshot snap = vm.recovery().store().pending().get(0);
        vm.openPackage(pkg, () -> {});
        vm.recovery().restore(snap);

        Document doc = vm.project().documents().stream()
                .filter(d -> d.path().equals("SKILL.md"))
                .findFirst()
                .orElseThrow();
        assertThat(doc.text()).isEqualTo(onDisk + "recovered\n");
        assertThat(doc.isDirty()).isTrue();
        assertThat(dialogs.errors).singleElement().asString().contains("references/gone.md");
        assertThat(vm.recovery().store().pending())
                .singleElement()
                .satisfies(s -> assertThat(s.buffers()).extracting(Buffer::path).containsExactly("references/gone.md"));
    }

    @Test
    void aFileChangedSinceTheCrashIsFlagged() throws Exception {
        Files.writeString(pkg.resolve("SKILL.md"), onDisk + "pulled later\n");
        StudioViewModel vm = session();
        RecoveryStore.Snapshot snap = vm.recovery().store().pending().get(0);
        vm.openPackage(pkg, () -> {});
        vm.recovery().restore(snap);
        assertThat(dialogs.errors).anyMatch(e -> e.startsWith("Files changed since") && e.contains("SKILL.md"));
    }

    @Test
    void aFolderThatCannotBeLoadedDoesNotBecomeTheRoot() {
        StudioViewModel vm = session();
        vm.openPackage(pkg, () -> {});
        vm.openPackage(tmp.resolve("no-such-folder"), () -> {});
        assertThat(vm.project().root()).isEqualTo(pkg);
    }
}

package io.skillstudio.app.studio.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.ScriptedDialogs;
import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.app.studio.dialogs.DialogService.SaveChoice;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.settings.StudioSettings;
import io.skillstudio.app.workspace.RecoveryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 7: renaming a file or folder with an unsaved buffer asks first and never drops the buffer. */
class RenameKeepsUnsavedWorkTest {

    @TempDir
    Path tmp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private StudioViewModel vm;
    private Path pkg;
    private Document doc;

    @BeforeEach
    void openWithAnUnsavedEdit() throws Exception {
        pkg = TestPackages.copyTemplate("blank", tmp);
        Files.createDirectories(pkg.resolve("references"));
        Files.writeString(pkg.resolve("references/a.md"), "saved\n");
        vm = new StudioViewModel(
                new CurrentThreadTaskExecutor(),
                new StudioSettings(tmp.resolve("home")),
                dialogs,
                new RecoveryStore(tmp.resolve("home")),
                TestPackages.validator());
        vm.openPackage(pkg, () -> {});
        doc = vm.project().openDocument("references/a.md").orElseThrow();
        doc.setText("unsaved\n");
    }

    private Document open(String path) {
        return vm.project().documents().stream()
                .filter(d -> d.path().equals(path))
                .findFirst()
                .orElse(null);
    }

    @Test
    void cancelLeavesFileAndBufferAlone() {
        dialogs.promptAnswers.add("references/b.md");
        dialogs.saveAnswers.add(SaveChoice.CANCEL);
        vm.files().rename("references/a.md");
        assertThat(dialogs.asked).anyMatch(q -> q.startsWith("save: references/a.md"));
        assertThat(pkg.resolve("references/a.md")).hasContent("saved");
        assertThat(pkg.resolve("references/b.md")).doesNotExist();
        assertThat(open("references/a.md")).isSameAs(doc);
        assertThat(doc.text()).isEqualTo("unsaved\n");
    }

    @Test
    void saveWritesTheBufferThenRenamesAndReopens() {
        dialogs.promptAnswers.add("references/b.md");
        dialogs.saveAnswers.add(SaveChoice.SAVE);
        vm.files().rename("references/a.md");
        assertThat(pkg.resolve("references/b.md")).hasContent("unsaved");
        assertThat(pkg.resolve("references/a.md")).doesNotExist();
        assertThat(open("references/b.md")).isNotNull();
        assertThat(open("references/a.md")).isNull();
    }

    @Test
    void discardIsTheUsersExplicitChoice() {
        dialogs.promptAnswers.add("references/b.md");
        dialogs.saveAnswers.add(SaveChoice.DISCARD);
        vm.files().rename("references/a.md");
        assertThat(pkg.resolve("references/b.md")).hasContent("saved");
        assertThat(open("references/b.md").isDirty()).isFalse();
    }

    @Test
    void renamingAFolderSettlesTheDocumentsInsideIt() {
        dialogs.promptAnswers.add("refs");
        dialogs.saveAnswers.add(SaveChoice.SAVE);
        vm.files().rename("references/");
        assertThat(dialogs.asked).anyMatch(q -> q.startsWith("save: references/a.md"));
        assertThat(pkg.resolve("refs/a.md")).hasContent("unsaved");
        assertThat(open("refs/a.md")).isNotNull();
    }

    @Test
    void cleanDocumentsRenameWithoutAQuestion() {
        vm.saving().save(doc);
        dialogs.asked.clear();
        dialogs.promptAnswers.add("references/c.md");
        vm.files().rename("references/a.md");
        assertThat(dialogs.asked).noneMatch(q -> q.startsWith("save:"));
        assertThat(open("references/c.md")).isNotNull();
    }
}

package io.skillstudio.app.studio.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.ScriptedDialogs;
import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.app.studio.dialogs.DialogService.OverwriteChoice;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.settings.StudioSettings;
import io.skillstudio.app.workspace.RecoveryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file changed on disk after it was opened is never saved over without the user's say. */
class SaveOverExternalChangeTest {

    @TempDir
    Path tmp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private StudioViewModel vm;
    private Path file;
    private Document doc;

    @BeforeEach
    void editWhileSomeoneElseChangesTheFile() throws Exception {
        Path pkg = TestPackages.copyTemplate("blank", tmp);
        file = pkg.resolve("SKILL.md");
        vm = new StudioViewModel(
                new CurrentThreadTaskExecutor(),
                new StudioSettings(tmp.resolve("home")),
                dialogs,
                new RecoveryStore(tmp.resolve("home")),
                TestPackages.validator());
        vm.openPackage(pkg, () -> {});
        doc = vm.project().selectedProperty().get();
        doc.setText(doc.text() + "mine\n");
        Files.writeString(file, "theirs\n");
    }

    @Test
    void cancelWritesNothing() {
        dialogs.overwriteAnswers.add(OverwriteChoice.CANCEL);
        assertThat(vm.saving().save(doc)).isFalse();
        assertThat(dialogs.asked).contains("overwrite: SKILL.md");
        assertThat(file).hasContent("theirs");
        assertThat(doc.isDirty()).isTrue();
    }

    @Test
    void overwriteIsTheUsersChoice() {
        dialogs.overwriteAnswers.add(OverwriteChoice.OVERWRITE);
        assertThat(vm.saving().save(doc)).isTrue();
        assertThat(file).content().endsWith("mine\n");
    }

    @Test
    void reloadTakesTheDiskVersion() {
        dialogs.overwriteAnswers.add(OverwriteChoice.RELOAD);
        vm.saving().save(doc);
        assertThat(doc.text()).isEqualTo("theirs\n");
        assertThat(file).hasContent("theirs");
    }

    @Test
    void aCleanDocumentFollowsTheDiskWhenTheWindowRegainsFocusAndIsRevalidated() {
        doc.setText(doc.savedTextProperty().get());
        vm.saving().checkExternalChanges();
        assertThat(doc.text()).isEqualTo("theirs\n");
        assertThat(doc.isDirty()).isFalse();
        assertThat(vm.validation().diagnostics()).anyMatch(d -> d.message().equals("test: description is missing"));
    }

    @Test
    void saveAllAsksToo() {
        dialogs.overwriteAnswers.add(OverwriteChoice.CANCEL);
        vm.saving().saveAll();
        assertThat(file).hasContent("theirs");
        assertThat(dialogs.errors).singleElement().asString().contains("SKILL.md");
    }
}

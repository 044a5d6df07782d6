package io.skillstudio.app.studio.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.app.studio.editor.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectViewModelTest {

    @TempDir
    Path dir;

    private final ProjectViewModel vm = new ProjectViewModel(new CurrentThreadTaskExecutor());

    @BeforeEach
    void writePackage() throws Exception {
        Files.writeString(dir.resolve("SKILL.md"), "---\nname: x\ndescription: d\n---\nbody\n");
        Files.writeString(dir.resolve("resources.yaml"), "resources: [\n");
        Files.createDirectories(dir.resolve("references"));
        Files.write(dir.resolve("references/blob.md"), new byte[] {1, 0, 2, (byte) 0xff});
        vm.open(dir, p -> {});
    }

    @Test
    void textFilesOpenBinaryFilesDoNot() {
        assertThat(vm.openDocument("SKILL.md")).isPresent();
        assertThat(vm.openDocument("resources.yaml"))
                .as("invalid YAML is still text")
                .isPresent();
        assertThat(vm.openDocument("references/blob.md")).isEmpty();
        assertThat(vm.openDocument("no/such.md")).isEmpty();
    }

    @Test
    void snapshotCarriesUnsavedBuffers() {
        Document d = vm.openDocument("SKILL.md").orElseThrow();
        d.setText("changed");
        assertThat(vm.snapshot().orElseThrow().textOf("SKILL.md")).contains("changed");
    }

    @Test
    void saveIsAtomicAndClearsDirty() throws Exception {
        Document d = vm.openDocument("SKILL.md").orElseThrow();
        d.setText("new text ü");
        vm.save(d);
        assertThat(d.isDirty()).isFalse();
        assertThat(Files.readString(dir.resolve("SKILL.md"), StandardCharsets.UTF_8))
                .isEqualTo("new text ü");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void externalChangesAreDetectedAndResolvedEitherWay() throws Exception {
        Document d = vm.openDocument("SKILL.md").orElseThrow();
        assertThat(vm.changedOnDisk()).isEmpty();
        Files.writeString(dir.resolve("SKILL.md"), "edited elsewhere");
        assertThat(vm.changedOnDisk()).containsExactly(d);
        d.setText("mine");
        vm.keepMine(d);
        assertThat(vm.changedOnDisk()).isEmpty();
        assertThat(d.text()).isEqualTo("mine");
        assertThat(d.isDirty()).isTrue();
        Files.writeString(dir.resolve("SKILL.md"), "edited again");
        vm.reloadFromDisk(d);
        assertThat(d.text()).isEqualTo("edited again");
        assertThat(d.isDirty()).isFalse();
    }

    @Test
    void openingReadsTheFileAsItIsNowNotTheSnapshotOfWhenThePackageOpened() throws Exception {
        Files.writeString(dir.resolve("SKILL.md"), "pulled from git\n");
        Document d = vm.openDocument("SKILL.md").orElseThrow();
        assertThat(d.text()).isEqualTo("pulled from git\n");
        assertThat(d.isDirty()).isFalse();
        assertThat(vm.snapshot().orElseThrow().textOf("SKILL.md")).contains("pulled from git\n");
        assertThat(vm.changedOnDisk()).isEmpty();
    }

    @Test
    void saveRefusesToOverwriteAChangeMadeOnDiskSinceOpening() throws Exception {
        Document d = vm.openDocument("SKILL.md").orElseThrow();
        Files.writeString(dir.resolve("SKILL.md"), "edited elsewhere");
        d.setText("mine");
        assertThatThrownBy(() -> vm.save(d)).isInstanceOf(ChangedOnDiskException.class);
        assertThat(dir.resolve("SKILL.md")).hasContent("edited elsewhere");
        assertThat(d.isDirty()).isTrue();
        vm.overwrite(d);
        assertThat(dir.resolve("SKILL.md")).hasContent("mine");
        assertThat(d.isDirty()).isFalse();
    }

    @Test
    void reloadFromDiskRefreshesTheSnapshotToo() throws Exception {
        Document d = vm.openDocument("SKILL.md").orElseThrow();
        Files.writeString(dir.resolve("SKILL.md"), "newer");
        vm.reloadFromDisk(d);
        vm.close(d);
        assertThat(vm.snapshot().orElseThrow().textOf("SKILL.md")).contains("newer");
    }

    @Test
    void crlfFileOpensCleanAndAnEditChangesOnlyItsLine() throws Exception {
        byte[] original = "# Notes\r\nfirst line\r\nsecond line\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("references/crlf.md"), original);
        Document d = vm.openDocument("references/crlf.md").orElseThrow();
        assertThat(d.isDirty()).as("opening alone is no edit").isFalse();
        assertThat(d.text()).doesNotContain("\r");

        d.setText(d.text().replace("first line", "first linE"));
        vm.save(d);
        assertThat(Files.readString(dir.resolve("references/crlf.md")))
                .isEqualTo("# Notes\r\nfirst linE\r\nsecond line\r\n");
        assertThat(vm.changedOnDisk()).isEmpty();
    }

    @Test
    void reloadingACrlfFileDoesNotMarkItDirty() throws Exception {
        Files.writeString(dir.resolve("references/crlf.md"), "a\r\nb\r\n");
        Document d = vm.openDocument("references/crlf.md").orElseThrow();
        Files.writeString(dir.resolve("references/crlf.md"), "a\r\nb\r\nc\r\n");
        vm.reloadFromDisk(d);
        assertThat(d.isDirty()).isFalse();
        assertThat(d.text()).isEqualTo("a\nb\nc\n");
    }

    @Test
    void pathsCannotLeaveThePackage() {
        assertThatThrownBy(() -> vm.resolve("../outside.md")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnreadableFolderGivesDiagnosticsNotAnException() {
        ProjectViewModel other = new ProjectViewModel(new CurrentThreadTaskExecutor());
        other.open(dir.resolve("missing"), p -> {});
        assertThat(other.diskPackageProperty().get()).isNull();
        assertThat(other.loadDiagnosticsProperty().get()).isNotEmpty();
    }
}

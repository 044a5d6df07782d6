package io.skillstudio.app.studio.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.ScriptedDialogs;
import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.concurrent.BackgroundJob;
import io.skillstudio.app.studio.concurrent.Cancellable;
import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.app.studio.concurrent.Progress;
import io.skillstudio.app.studio.concurrent.TaskExecutor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageOpenerTest {

    @TempDir
    Path tmp;

    private final List<Path> opened = new ArrayList<>();
    private final List<Path> samples = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private PackageOpener opener() {
        return new PackageOpener(new CurrentThreadTaskExecutor(), dialogs, opened::add, samples::add);
    }

    @Test
    void sampleSetsGoToTheSampleOpenerNotThePackageOpener() {
        opener().open(tmp.resolve("pairs.jsonl"));
        opener().open(tmp.resolve("data.converted.json"));
        opener().open(tmp.resolve("notes.txt"));
        assertThat(samples).containsExactly(tmp.resolve("pairs.jsonl"), tmp.resolve("data.converted.json"));
        assertThat(opened).isEmpty();
        assertThat(dialogs.errors).hasSize(1);
    }

    @Test
    void folderAndItsSkillMdOpenTheFolder() throws IOException {
        Path pkg = TestPackages.copyTemplate("blank", tmp);
        opener().open(pkg);
        opener().open(pkg.resolve("SKILL.md"));
        assertThat(opened).containsExactly(pkg, pkg);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void zipIsExtractedWhereTheUserChoosesAndOpened() throws IOException {
        Path zip = zipOf(TestPackages.copyTemplate("pointwise-checklist", tmp.resolve("src")), tmp.resolve("b.zip"));
        dialogs.confirmAnswers.push(true);
        Path out = Files.createDirectories(tmp.resolve("out"));
        dialogs.folderAnswers.push(out);

        opener().open(zip);

        assertThat(dialogs.questions("confirm")).hasSize(1);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0)).startsWith(out);
        assertThat(opened.get(0).resolve("SKILL.md")).isRegularFile();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void importBundleReadsAndWritesTheZipInABackgroundJob() throws IOException {
        Path zip = zipOf(TestPackages.copyTemplate("blank", tmp.resolve("src")), tmp.resolve("b.zip"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        List<Runnable> jobs = new ArrayList<>();
        TaskExecutor deferred = new TaskExecutor() {
            @Override
            public <T> Cancellable submit(
                    String title, BackgroundJob<T> job, Consumer<T> ok, Consumer<Throwable> fail) {
                jobs.add(() -> {
                    try {
                        ok.accept(job.run(Progress.NONE));
                    } catch (Exception e) {
                        fail.accept(e);
                    }
                });
                return () -> {};
            }
        };
        new PackageOpener(deferred, dialogs, opened::add, samples::add).importInto(zip, out);
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s).as("nothing unpacked on the calling (FX) thread").isEmpty();
        }
        assertThat(jobs).hasSize(1);
        jobs.get(0).run();
        assertThat(opened)
                .singleElement()
                .satisfies(p -> assertThat(p.resolve("SKILL.md")).isRegularFile());
    }

    @Test
    void declinedZipIsNotExtracted() throws IOException {
        Path zip = zipOf(TestPackages.copyTemplate("blank", tmp.resolve("src")), tmp.resolve("b.zip"));
        dialogs.confirmAnswers.push(false);
        opener().open(zip);
        assertThat(opened).isEmpty();
        assertThat(dialogs.questions("folder")).isEmpty();
    }

    @Test
    void garbageZipShowsDiagnosticsInsteadOfCrashing() throws IOException {
        Path zip = Files.write(tmp.resolve("broken.zip"), "this is not a zip".getBytes(StandardCharsets.UTF_8));
        opener().open(zip);
        assertThat(opened).isEmpty();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("Cannot open broken.zip").contains("not a readable skill package");
    }

    @Test
    void zipWithoutSkillMdOrWithEscapingEntriesIsReported() throws IOException {
        Path zip = tmp.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../escape.txt"));
            out.write("x".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        dialogs.confirmAnswers.push(true);
        Path out = Files.createDirectories(tmp.resolve("out"));
        dialogs.folderAnswers.push(out);
        opener().open(zip);
        // The loader skips the unsafe entry and says so; the user sees that before extracting.
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.questions("confirm")).hasSize(1);
        assertThat(dialogs.questions("confirm").get(0))
                .contains("While reading it:")
                .contains("•");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0)).isDirectory();
        assertThat(tmp.resolve("escape.txt")).doesNotExist();
    }

    @Test
    void otherFilesAreRefusedWithAnExplanation() throws IOException {
        opener().open(Files.writeString(tmp.resolve("notes.txt"), "hi"));
        assertThat(opened).isEmpty();
        assertThat(dialogs.errors.get(0)).contains("folder, its SKILL.md, a .zip bundle, or a sample set");
    }

    private static Path zipOf(Path folder, Path zip) throws IOException {
        try (OutputStream os = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(os);
                Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.getFileName() + "/"
                        + folder.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return zip;
    }
}

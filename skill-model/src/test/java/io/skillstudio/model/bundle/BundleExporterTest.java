package io.skillstudio.model.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.testing.Fixtures;
import io.skillstudio.model.testing.RealPackages;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import io.skillstudio.model.versioning.Lockfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleExporterTest {

    @TempDir
    Path tmp;

    private static BundleResult export(Path dir, IgnoredFiles ignored, Path out) throws Exception {
        SkillPackage pkg = Fixtures.load(dir);
        List<Diagnostic> d = Validator.standard().validate(pkg, LintMode.SKILLRM);
        return BundleExporter.export(pkg, d, ignored, Optional.empty(), out);
    }

    @Test
    void theSameContentGivesTheSameBytesWhateverTheFileTimesAndListingOrder() throws Exception {
        Path source = RealPackages.upstream("instruction_following_pointwise");
        Path a = RealPackages.copy(source, tmp.resolve("a"), "instruction_following_pointwise");
        BundleResult first = export(a, IgnoredFiles.EXCLUDE, tmp.resolve("one.zip"));
        BundleResult again = export(a, IgnoredFiles.EXCLUDE, tmp.resolve("two.zip"));
        assertThat(Files.readAllBytes(tmp.resolve("two.zip"))).isEqualTo(Files.readAllBytes(tmp.resolve("one.zip")));

        // A second copy written in reverse order, every file touched to another time.
        Path b = tmp.resolve("b").resolve("instruction_following_pointwise");
        List<Path> files;
        try (var walk = Files.walk(a)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
        Collections.reverse(files);
        long t = 1_000_000_000L;
        for (Path f : files) {
            Path target = b.resolve(a.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.write(target, Files.readAllBytes(f));
            Files.setLastModifiedTime(target, FileTime.from(Instant.ofEpochSecond(t += 86_400)));
        }
        export(b, IgnoredFiles.EXCLUDE, tmp.resolve("three.zip"));
        assertThat(Files.readAllBytes(tmp.resolve("three.zip"))).isEqualTo(Files.readAllBytes(tmp.resolve("one.zip")));
        assertThat(again.sha256()).isEqualTo(first.sha256());
    }

    @Test
    void theBundleHasOneWrapperFolderSortedEntriesFixedTimesAndItsLockfile() throws Exception {
        Path pkg = RealPackages.copy(RealPackages.sampleSkill("if-checklist-pointwise"), tmp, "if-checklist-pointwise");
        BundleResult r = export(pkg, IgnoredFiles.INCLUDE, tmp.resolve("out.zip"));

        try (ZipFile zip = new ZipFile(tmp.resolve("out.zip").toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            assertThat(entries)
                    .extracting(ZipEntry::getName)
                    .allMatch(n -> n.startsWith("if-checklist-pointwise/"))
                    .noneMatch(n -> n.endsWith("/"))
                    .contains("if-checklist-pointwise/skill.lock.json", "if-checklist-pointwise/evals/samples.jsonl");
            assertThat(entries).extracting(ZipEntry::getName).isEqualTo(r.entries());
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.getTimeLocal()).isEqualTo(BundleExporter.FIXED_TIME);
                assertThat(e.getExtra()).isNull();
            });
        }
        assertThat(r.ignoredFiles()).contains("evals/samples.jsonl");
        assertThat(r.lockfile().files())
                .extracting(Lockfile.LockedFile::path)
                .contains("evals/samples.jsonl")
                .doesNotContain(Lockfile.FILE);
        // Re-loaded, the bundle is the same package for upstream and for the studio.
        SkillPackage folder = Fixtures.load(pkg);
        SkillPackage bundle = Fixtures.load(tmp.resolve("out.zip"));
        assertThat(UpstreamFileMap.of(bundle))
                .isEqualTo(UpstreamFileMap.of(folder))
                .isNotEmpty();
        assertThat(bundle.rootName()).isEqualTo("if-checklist-pointwise");
        assertThat(bundle.loadDiagnostics()).isEmpty();
    }

    @Test
    void excludedIgnoredFilesStayOutAndUndecidedIsRefused() throws Exception {
        Path pkg = RealPackages.copy(RealPackages.sampleSkill("if-checklist-pointwise"), tmp, "if-checklist-pointwise");
        Path out = tmp.resolve("out.zip");
        assertThatThrownBy(() -> export(pkg, IgnoredFiles.UNDECIDED, out))
                .isInstanceOfSatisfying(
                        ExportRefusedException.class,
                        e -> assertThat(e.ignoredFiles())
                                .contains("evals/expected_results.jsonl", "evals/samples.jsonl")
                                .doesNotContain("SKILL.md"));
        assertThat(out).doesNotExist();

        BundleResult r = export(pkg, IgnoredFiles.EXCLUDE, out);
        assertThat(r.entries()).noneMatch(e -> e.contains("/evals/"));
    }

    @Test
    void anInvalidPackageIsRefusedAndNothingIsWritten() {
        Path pkg = Fixtures.folder(tmp, "good-skill", Fixtures.goodWith("resources.yaml", "resources: [unclosed"));
        Path out = tmp.resolve("out.zip");

        assertThatThrownBy(() -> export(pkg, IgnoredFiles.INCLUDE, out))
                .isInstanceOfSatisfying(
                        ExportRefusedException.class,
                        e -> assertThat(e.errors()).extracting(Diagnostic::code).contains("SKL021"));
        assertThat(out).doesNotExist();
    }

    @Test
    void crlfFilesAreWrittenAsUpstreamReadsTheFolder() throws Exception {
        var files = Fixtures.good();
        files.put("rubrics/main.md", "# Main\r\n\r\nLine.\r\n");
        Path pkg = Fixtures.folder(tmp, "good-skill", files);
        BundleResult r = export(pkg, IgnoredFiles.EXCLUDE, tmp.resolve("out.zip"));

        assertThat(r.normalizedLineEndings()).containsExactly("rubrics/main.md");
        assertThat(Fixtures.load(tmp.resolve("out.zip")).textOf("rubrics/main.md"))
                .hasValue("# Main\n\nLine.\n");
    }
}

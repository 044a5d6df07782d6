package io.skillstudio.model.load;

import static io.skillstudio.model.testing.Fixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.testing.Fixtures;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageLoaderTest {

    @TempDir
    Path tmp;

    private final PackageLoader loader = new PackageLoader();

    @Test
    void loadsAFolderWithEveryFileAndParsesSkillMdAndResources() {
        SkillPackage pkg = Fixtures.load(Fixtures.folder(tmp, "good-skill", Fixtures.good()));
        assertThat(pkg.kind()).isEqualTo(SourceKind.DIRECTORY);
        assertThat(pkg.rootName()).isEqualTo("good-skill");
        assertThat(pkg.files())
                .extracting(PackageFile::path)
                .containsExactly("SKILL.md", "resources.yaml", "rubrics/main.md");
        assertThat(pkg.skillDocument().orElseThrow().name()).contains("good-skill");
        assertThat(pkg.manifest().orElseThrow().entries()).hasSize(1);
    }

    @Test
    void loadsAZipWithOneWrapperFolder() {
        SkillPackage pkg =
                Fixtures.load(Fixtures.zip(tmp, "good.zip", Fixtures.prefixed("good-skill/", Fixtures.good())));
        assertThat(pkg.kind()).isEqualTo(SourceKind.ZIP);
        assertThat(pkg.rootName()).isEqualTo("good-skill");
        assertThat(pkg.file("SKILL.md")).isPresent();
        assertThat(pkg.loadDiagnostics()).isEmpty();
    }

    @Test
    void flatZipWhoseOnlyFolderIsScriptsLoadsCorrectlyAndWarnsAboutUpstream() {
        Map<String, String> files = Fixtures.good();
        files.remove("rubrics/main.md");
        files.put("scripts/x.py", "print(1)\n");
        SkillPackage pkg = Fixtures.load(Fixtures.zip(tmp, "flat.zip", files));
        assertThat(pkg.file("scripts/x.py")).isPresent();
        assertThat(codes(pkg.loadDiagnostics())).containsExactly("SKL053");
        assertThat(pkg.loadDiagnostics().get(0).message()).contains("'scripts/'");
    }

    @Test
    void macosMetadataIsSkippedAndUpstreamsMissingPrefixIsReported() {
        Map<String, String> entries = new LinkedHashMap<>(Fixtures.prefixed("good-skill/", Fixtures.good()));
        entries.put("__MACOSX/good-skill/._SKILL.md", "junk");
        SkillPackage pkg = Fixtures.load(Fixtures.zip(tmp, "mac.zip", entries));
        assertThat(pkg.file("SKILL.md")).isPresent();
        assertThat(pkg.files()).noneMatch(f -> f.path().contains("MACOSX"));
        assertThat(codes(pkg.loadDiagnostics())).containsExactlyInAnyOrder("SKL053", "SKL054");
    }

    @Test
    void zipEntriesThatEscapeThePackageAreSkippedWithADiagnostic() {
        Map<String, String> entries = new LinkedHashMap<>(Fixtures.good());
        entries.put("../evil.md", "x");
        entries.put("/etc/passwd.md", "x");
        LoadResult r = loader.load(Fixtures.zip(tmp, "evil.zip", entries));
        assertThat(codes(r.diagnostics())).containsExactly("SKL051", "SKL051");
        assertThat(r.skillPackage().orElseThrow().files())
                .noneMatch(f -> f.path().contains("evil"));
    }

    @Test
    void zipBombsAreStoppedByCountAndByRatio() throws Exception {
        LoadResult many = new PackageLoader(new LoadLimits(1024, 2, 1 << 20, 100))
                .load(Fixtures.zip(tmp, "many.zip", Fixtures.good()));
        assertThat(many.skillPackage()).isEmpty();
        assertThat(many.diagnostics()).hasSize(1);

        Path bomb = tmp.resolve("bomb.zip");
        try (OutputStream os = Files.newOutputStream(bomb);
                ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("references/zeros.md"));
            z.write(new byte[8 * 1024 * 1024]);
            z.closeEntry();
        }
        LoadResult r = loader.load(bomb);
        assertThat(r.skillPackage()).isEmpty();
        assertThat(codes(r.diagnostics())).containsExactly("SKL052");
        assertThat(r.diagnostics().get(0).message()).contains("times its compressed size");
    }

    @Test
    void oversizedFilesAreListedButNotRead() {
        LoadResult r = new PackageLoader(new LoadLimits(10, 100, 1 << 20, 100))
                .load(Fixtures.folder(tmp, "big", Fixtures.good()));
        PackageFile skill = r.skillPackage().orElseThrow().file("SKILL.md").orElseThrow();
        assertThat(skill.status()).isEqualTo(FileStatus.TOO_LARGE);
        assertThat(skill.bytes()).isEmpty();
        assertThat(skill.size()).isGreaterThan(10);
    }

    @Test
    void invalidUtf8BinaryAndEmptyFilesAreClassified() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("SKILL.md", new byte[] {'a', (byte) 0xC3, (byte) 0x28});
        files.put("references/bin.md", new byte[] {1, 0, 2});
        files.put("references/empty.md", new byte[0]);
        SkillPackage pkg = Fixtures.load(Fixtures.folderBytes(tmp, "odd", files));
        assertThat(pkg.file("SKILL.md").orElseThrow().status()).isEqualTo(FileStatus.NOT_UTF8);
        assertThat(pkg.file("SKILL.md").orElseThrow().firstInvalidUtf8Offset()).isEqualTo(1);
        assertThat(pkg.file("references/bin.md").orElseThrow().status()).isEqualTo(FileStatus.BINARY);
        assertThat(pkg.file("references/empty.md").orElseThrow().text()).contains("");
        assertThat(pkg.skillDocument()).isEmpty();
    }

    @Test
    void symlinksOutsideThePackageAreNotFollowed() throws Exception {
        Path outside = Files.writeString(tmp.resolve("secret.md"), "secret");
        Path dir = Fixtures.folder(tmp, "linked", Fixtures.good());
        Files.createSymbolicLink(dir.resolve("references.md"), outside);
        Files.createSymbolicLink(dir.resolve("inside.md"), dir.resolve("rubrics/main.md"));
        SkillPackage pkg = Fixtures.load(dir);
        assertThat(pkg.file("references.md").orElseThrow().status()).isEqualTo(FileStatus.SYMLINK_OUTSIDE);
        assertThat(pkg.file("references.md").orElseThrow().bytes()).isEmpty();
        assertThat(pkg.file("inside.md").orElseThrow().text())
                .contains("# Main rubric\n\nScore 1 when every item holds.\n");
    }

    @Test
    void unreadableInputsGiveADiagnosticNotAnException() throws Exception {
        assertThat(codes(loader.load(tmp.resolve("missing")).diagnostics())).containsExactly("SKL050");
        Path garbage = Files.write(tmp.resolve("garbage.zip"), "not a zip".getBytes(StandardCharsets.UTF_8));
        LoadResult r = loader.load(garbage);
        assertThat(r.skillPackage()).isEmpty();
        assertThat(codes(r.diagnostics())).containsExactly("SKL050");
        Path txt = Files.writeString(tmp.resolve("x.txt"), "x");
        assertThat(codes(loader.load(txt).diagnostics())).containsExactly("SKL050");
    }

    @Test
    void upperCaseZipSuffixLoadsHereButIsFlagged() {
        Path zip = Fixtures.zip(tmp, "UP.ZIP", Fixtures.prefixed("good-skill/", Fixtures.good()));
        assertThat(codes(Fixtures.load(zip).loadDiagnostics())).containsExactly("SKL055");
    }
}

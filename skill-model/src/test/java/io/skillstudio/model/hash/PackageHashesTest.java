package io.skillstudio.model.hash;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.SourceKind;
import io.skillstudio.model.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expected digests were computed once with a separate Python script (hashlib over pathlib's
 * sorted(rglob) order, the upstream algorithm), not with the code under test.
 */
class PackageHashesTest {

    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("SKILL.md", "---\nname: h\ndescription: d\n---\nbody\n");
        FILES.put("resources.yaml", "resources: []\r\n");
        FILES.put("README.md", "readme\n");
        FILES.put(".hidden", "dot\n");
        FILES.put("a/b.md", "ab\n");
        FILES.put("a-b/x.md", "axb\n");
        FILES.put("references/z.md", "\uFEFFbom line\r\nsecond\n");
        FILES.put("rubrics/r.md", "rubric \u00e9\uD83D\uDE00\n");
    }

    static final String UPSTREAM_A = "36bd1ecbf149546528dee8d7ba74fb2cb806a56c4a79258b8a13df95e6fda773";
    static final String CONTENT_V1 = "cc78b860f97b410fa556820fd58a3d4fbdbe76e55ae92448d1865397a010cd3b";
    static final String FILES_MAP_C = "c6cd75acf20e271b969817d0055e4e1d4002ea123f179e1ac932007ceda43a1a";

    @TempDir
    Path tmp;

    @Test
    void directoryHashMatchesUpstreamIncludingReadmeDotfilesAndPathOrder() {
        Path dir = Fixtures.folder(tmp, "pkg", FILES);
        assertThat(PackageHashes.upstreamDirectory(dir)).isEqualTo(UPSTREAM_A);
        assertThat(PackageHashes.upstream(Fixtures.load(dir))).isEqualTo(UPSTREAM_A);
        assertThat(PackageHashes.upstreamDirectory(Fixtures.load(dir))).isEqualTo(UPSTREAM_A);
    }

    @Test
    void filesMapHashMatchesUpstreamAlgorithmC() {
        assertThat(PackageHashes.upstreamFilesMap(Fixtures.load(Fixtures.folder(tmp, "pkg", FILES))))
                .isEqualTo(FILES_MAP_C);
    }

    @Test
    void contentHashMatchesItsDocumentedDefinition() {
        assertThat(PackageHashes.content(Fixtures.load(Fixtures.folder(tmp, "pkg", FILES))))
                .isEqualTo(CONTENT_V1);
    }

    @Test
    void contentHashIgnoresContainerLineEndingsBomAndIgnoredFiles() {
        SkillPackage dir = Fixtures.load(Fixtures.folder(tmp, "pkg", FILES));
        Map<String, String> lf = new LinkedHashMap<>(FILES);
        lf.replaceAll((k, v) -> v.replace("\r\n", "\n").replace("\uFEFF", ""));
        lf.put("README.md", "a different readme\n");
        lf.remove(".hidden");
        SkillPackage zip = Fixtures.load(Fixtures.zip(tmp, "pkg.zip", Fixtures.prefixed("pkg/", lf)));
        assertThat(PackageHashes.content(zip)).isEqualTo(CONTENT_V1);
        assertThat(PackageHashes.upstream(zip)).isNotEqualTo(UPSTREAM_A).hasSize(64);
    }

    @Test
    void contentHashChangesWhenALoadedFileChanges() {
        SkillPackage pkg = Fixtures.load(Fixtures.folder(tmp, "pkg", FILES));
        SkillPackage edited = pkg.withFile("rubrics/r.md", "changed\n".getBytes());
        assertThat(PackageHashes.content(edited)).isNotEqualTo(CONTENT_V1);
    }

    @Test
    void zipHashIsTheFileBytes() throws Exception {
        Path zip = Fixtures.zip(tmp, "p.zip", Map.of("x/SKILL.md", "a"));
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip)));
        assertThat(PackageHashes.upstreamFile(zip)).isEqualTo(expected);
    }

    @Test
    void emptyPackageHashesAreStable() {
        SkillPackage empty = new SkillPackage(tmp, SourceKind.DIRECTORY, "x", List.<PackageFile>of(), List.of());
        // sha256 of the empty input, and of the bare format line.
        assertThat(PackageHashes.upstreamDirectory(empty))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(PackageHashes.content(empty)).hasSize(64);
    }
}

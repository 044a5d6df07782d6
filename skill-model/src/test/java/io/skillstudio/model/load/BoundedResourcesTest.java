package io.skillstudio.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.hash.PackageHashes;
import io.skillstudio.model.testing.Fixtures;
import io.skillstudio.model.yaml.YamlParse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, bounded resources: each test is an attack on the loader, then the state it must end in. */
class BoundedResourcesTest {

    @TempDir
    Path tmp;

    @Test
    void anAliasChainUnderTheAliasLimitCannotExpandIntoAHugeValue() {
        // 45 aliases, 6 levels of 9: over half a million nodes when expanded.
        StringBuilder y = new StringBuilder("l0: &l0 [xxxxxxxx, xxxxxxxx, xxxxxxxx, xxxxxxxx, xxxxxxxx, xxxxxxxx,"
                + " xxxxxxxx, xxxxxxxx, xxxxxxxx]\n");
        for (int i = 1; i <= 5; i++) {
            String a = "*l" + (i - 1);
            y.append("l")
                    .append(i)
                    .append(": &l")
                    .append(i)
                    .append(" [")
                    .append(String.join(", ", Collections.nCopies(9, a)))
                    .append("]\n");
        }
        y.append("version: *l5\n");
        YamlParse.Result r = YamlParse.parse(y.toString());
        assertThat(r.ok()).isFalse();
        assertThat(r.error().orElseThrow().message()).contains("alias bomb");
        // Ordinary reuse of an anchor stays fine.
        assertThat(YamlParse.parse("a: &x {k: v}\nb: *x\nc: *x\n").ok()).isTrue();
    }

    @Test
    void aFolderWithTooManyFilesIsRefusedWithADiagnostic() {
        Map<String, String> files = new LinkedHashMap<>(Fixtures.good());
        for (int i = 0; i < 20; i++) {
            files.put("references/f" + i + ".md", "x");
        }
        Path dir = Fixtures.folder(tmp, "many", files);
        LoadResult r = new PackageLoader(new LoadLimits(1 << 20, 10, 1 << 20, 100)).load(dir);
        assertThat(r.skillPackage()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("SKL056");
        assertThat(r.diagnostics().get(0).message()).contains("more than 10 files");
    }

    @Test
    void aFolderWhoseFilesTogetherPassTheByteCapIsRefused() {
        Map<String, String> files = new LinkedHashMap<>(Fixtures.good());
        for (int i = 0; i < 20; i++) {
            files.put("references/big" + i + ".md", "y".repeat(1000));
        }
        LoadResult r =
                new PackageLoader(new LoadLimits(1 << 20, 1000, 5000, 100)).load(Fixtures.folder(tmp, "big", files));
        assertThat(r.skillPackage()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("SKL056");
        assertThat(r.diagnostics().get(0).message()).contains("more than 5000 bytes");
    }

    @Test
    void theUpstreamHashIgnoresLinksOutOfThePackageAndDoesNotHangOnProc() throws Exception {
        Path clean = Fixtures.folder(tmp, "clean", Fixtures.good());
        String expected = PackageHashes.upstreamDirectory(clean);
        Path linked = Fixtures.folder(tmp, "linked", Fixtures.good());
        Files.createSymbolicLink(linked.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(linked.resolve("pagemap.bin"), Path.of("/proc/self/pagemap"));
        assertThat(PackageHashes.upstreamDirectory(linked)).isEqualTo(expected);
        // A link that stays inside the package still counts, as upstream counts it.
        Files.createSymbolicLink(clean.resolve("again.md"), clean.resolve("SKILL.md"));
        assertThat(PackageHashes.upstreamDirectory(clean)).isNotEqualTo(expected);
    }

    @Test
    void aFileSwappedForALinkAfterTheListingIsNotReadThroughIt() throws Exception {
        Path victim = Files.writeString(tmp.resolve("secret.txt"), "root:x:0:0");
        Path link = tmp.resolve("looks-regular.md");
        Files.createSymbolicLink(link, victim);
        assertThat(NoFollowRead.bounded(link, 100)).isEmpty();
        Path fifo = tmp.resolve("regular.md");
        Files.writeString(fifo, "0123456789");
        assertThat(NoFollowRead.bounded(fifo, 4))
                .get()
                .extracting(b -> new String(b, StandardCharsets.UTF_8))
                .isEqualTo("01234"); // never more than max + 1 bytes, whatever the file claims
    }

    @Test
    void duplicateZipEntriesAndEscapeSequencesInNamesAreReportedSafely() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>(Fixtures.prefixed("dup/", Fixtures.good()));
        entries.put("dup/references/a.mY", "first");
        entries.put("dup/references/a.mZ", "second");
        entries.put("dup/\u001b[31mred\u001b[0m/../x.md", "escape");
        Path zip = Fixtures.zip(tmp, "dup.zip", entries);
        byte[] bytes = Files.readAllBytes(zip);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1)
                .replace("a.mY", "a.md")
                .replace("a.mZ", "a.md");
        Files.write(zip, latin.getBytes(StandardCharsets.ISO_8859_1));
        LoadResult r = new PackageLoader().load(zip);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("SKL057", "SKL051");
        assertThat(r.diagnostics())
                .allSatisfy(d -> assertThat(d.message() + d.file()).doesNotContain("\u001b"));
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("\\u001b[31mred"));
    }
}

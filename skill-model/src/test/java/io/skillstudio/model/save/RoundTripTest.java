package io.skillstudio.model.save;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.ManifestEditor;
import io.skillstudio.model.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

    /** Everything a careless writer would normalize: CRLF, BOM, tabs, no final newline, comments, odd keys. */
    static Map<String, String> awkward() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(
                "SKILL.md",
                "\uFEFF---\r\nname:   good-skill   # trailing comment\r\ndescription: |\r\n  Multi\r\n  line\r\n"
                        + "x-custom: {a: 1}\r\n---\r\n\tBody with tab\r\n\r\nno final newline");
        files.put(
                "resources.yaml",
                "# header comment\nresources:\n  - id: rubric.main   # why\n    type: rubric\n"
                        + "    path: rubrics/main.md\n    cost: free   # not a known value\n    x-extra:\n      nested: [1, 2]\n\n"
                        + "runtime_resources:\n- id: verifier.reference_match\n  type: verifier\n  implementation_kind: runtime_verifier\n");
        files.put("rubrics/main.md", "# Rubric\r\nold mac line\rend");
        files.put("README.md", "not loaded upstream\n");
        files.put(".hidden", "dot");
        return files;
    }

    @TempDir
    Path tmp;

    @Test
    void savingAnUnchangedPackageRewritesNoByte() throws Exception {
        Path dir = Fixtures.folder(tmp, "good-skill", awkward());
        Map<String, byte[]> before = snapshot(dir);
        Map<String, Long> mtimes = mtimes(dir);
        SkillPackage pkg = Fixtures.load(dir);
        assertThat(PackageWriter.save(pkg, dir)).isZero();
        assertThat(snapshot(dir)).usingRecursiveComparison().isEqualTo(before);
        assertThat(mtimes(dir)).isEqualTo(mtimes);
    }

    @Test
    void savingToANewFolderReproducesEveryByte() throws Exception {
        Path dir = Fixtures.folder(tmp, "good-skill", awkward());
        Path copy = tmp.resolve("copy");
        SkillPackage pkg = Fixtures.load(dir);
        assertThat(PackageWriter.save(pkg, copy)).isEqualTo(5);
        assertThat(snapshot(copy)).usingRecursiveComparison().isEqualTo(snapshot(dir));
    }

    @Test
    void aStructuredEditChangesOnlyTheLinesItMust() throws Exception {
        Path dir = Fixtures.folder(tmp, "good-skill", awkward());
        SkillPackage pkg = Fixtures.load(dir);
        String yaml = pkg.textOf("resources.yaml").orElseThrow();
        String edited = ManifestEditor.setField(yaml, "resources", 0, "cost", "low");
        edited = ManifestEditor.setField(edited, "runtime_resources", 0, "cost", "medium");
        SkillPackage changed = pkg.withFile("resources.yaml", edited.getBytes(StandardCharsets.UTF_8));
        assertThat(PackageWriter.save(changed, dir)).isEqualTo(1);

        List<String> oldLines = yaml.lines().toList();
        List<String> newLines =
                Files.readString(dir.resolve("resources.yaml")).lines().toList();
        List<String> changedLines = new ArrayList<>();
        int j = 0;
        for (String line : newLines) {
            if (j < oldLines.size() && oldLines.get(j).equals(line)) {
                j++;
            } else if (j < oldLines.size() && line.startsWith("    cost:")) {
                changedLines.add(oldLines.get(j) + " -> " + line);
                j++;
            } else {
                changedLines.add("+ " + line);
            }
        }
        assertThat(changedLines)
                .containsExactly(
                        "    cost: free   # not a known value ->     cost: low   # not a known value",
                        "+   cost: medium");
        var entry = changed.manifest().orElseThrow().entries().get(0);
        assertThat(entry.unknownFields()).containsKey("x-extra");
        assertThat(Files.readString(dir.resolve("resources.yaml"))).contains("# header comment", "# why");
        assertThat(Files.readAllBytes(dir.resolve("SKILL.md")))
                .isEqualTo(awkward().get("SKILL.md").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writerRefusesPathsOutsideThePackage() {
        Assertions.assertThatThrownBy(() -> PackageWriter.resolveInside(tmp, "../x"))
                .hasMessageContaining("outside");
    }

    private static Map<String, byte[]> snapshot(Path dir) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static Map<String, Long> mtimes(Path dir) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(
                        dir.relativize(p).toString(),
                        Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }
}

package io.skillstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    static final Path PITFALLS = Path.of("..", "sample-skills", "pitfalls");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyPitfallFixtureReportsTheExpectedCodesAtTheExpectedPositions() throws IOException {
        Map<String, TreeSet<String>> expected = new TreeMap<>();
        for (String line : Files.readAllLines(PITFALLS.resolve("EXPECTED.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            expected.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[1] + " " + parts[2]);
        }
        Map<String, TreeSet<String>> actual = new TreeMap<>();
        List<Path> targets = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(PITFALLS)) {
            dirs.filter(Files::isDirectory).sorted().forEach(targets::add);
        }
        targets.add(zipFolder(PITFALLS.resolve("zip-scripts-only"), tmp.resolve("zip-scripts-only.zip"), ""));
        targets.add(zipFolder(
                PITFALLS.resolve("zip-scripts-only"), tmp.resolve("zip-scripts-only-macos.zip"), "zip-scripts-only/"));
        for (Path target : targets) {
            CliRunner.Run run = CliRunner.run("validate", "--mode", "skillrm", "--format", "json", target.toString());
            JsonNode pkg = JSON.readTree(run.out()).get("packages").get(0);
            TreeSet<String> found = new TreeSet<>();
            for (JsonNode d : pkg.get("diagnostics")) {
                found.add(d.get("file").asText() + ":" + d.get("line").asInt() + ":"
                        + d.get("column").asInt() + " " + d.get("code").asText());
            }
            String name = target.getFileName().toString();
            if (!found.isEmpty()) {
                actual.put(name.endsWith(".zip") ? name : name, found);
            }
        }
        // Zip-level findings name the zip file itself; normalise them to ":0:0".
        actual.replaceAll((k, v) -> {
            TreeSet<String> s = new TreeSet<>();
            v.forEach(x -> s.add(k.endsWith(".zip") && x.startsWith(k) ? x.substring(k.length()) : x));
            return s;
        });
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void textFormatIsCompilerStyleAndExitCodeFollowsErrors() {
        CliRunner.Run bad = CliRunner.run(
                "validate",
                "--mode",
                "skillrm",
                PITFALLS.resolve("manifest-pitfalls").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out())
                .contains("manifest-pitfalls/resources.yaml:6:5: error SKL024 id 'rubric.main' is already declared")
                .contains("upstream sha256: ")
                .contains("content sha256:  ");
        CliRunner.Run ok = CliRunner.run(
                "validate", "--mode", "skillrm", PITFALLS.resolve("list-shape").toString());
        assertThat(ok.exitCode()).isZero();
    }

    @Test
    void jsonReportHasTheDocumentedFields() throws IOException {
        CliRunner.Run run = CliRunner.run(
                "validate", "--format", "json", PITFALLS.resolve("quoted-name").toString());
        JsonNode pkg = JSON.readTree(run.out()).get("packages").get(0);
        assertThat(pkg.get("name").asText()).isEqualTo("quoted-name");
        assertThat(pkg.get("hashes").get("upstream").asText()).hasSize(64);
        assertThat(pkg.get("hashes").get("content").asText()).hasSize(64);
        JsonNode d = pkg.get("diagnostics").get(0);
        assertThat(d.fieldNames()).toIterable().contains("code", "severity", "file", "line", "column", "message");
    }

    @Test
    void unreadableInputAndUsageErrorsExitWithTwo() {
        assertThat(CliRunner.run("validate", tmp.resolve("nope").toString()).exitCode())
                .isEqualTo(2);
        assertThat(CliRunner.run("validate").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("validate", "--mode", "loose", ".").exitCode()).isEqualTo(2);
    }

    @Test
    void anUnreadablePathIsAPackageLevelFindingWithNoFile() throws IOException {
        CliRunner.Run run = CliRunner.run(
                "validate", "--format", "json", tmp.resolve("nope").toString());
        JsonNode d = JSON.readTree(run.out())
                .get("packages")
                .get(0)
                .get("diagnostics")
                .get(0);
        assertThat(d.get("code").asText()).isEqualTo("SKL050");
        assertThat(d.get("file").asText()).isEmpty();
        assertThat(CliRunner.run("validate", tmp.resolve("nope").toString()).out())
                .contains(tmp.resolve("nope") + ": error SKL050 no such file or folder");
    }

    @Test
    void versionIsPrinted() {
        CliRunner.Run run = CliRunner.run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("skillstudio ");
    }

    private static Path zipFolder(Path folder, Path zip, String prefix) throws IOException {
        try (OutputStream os = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(os);
                Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(
                        new ZipEntry(prefix + folder.relativize(p).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
            if (!prefix.isEmpty()) {
                z.putNextEntry(new ZipEntry("__MACOSX/" + prefix + "._SKILL.md"));
                z.write(new byte[] {0, 5, 22, 7});
                z.closeEntry();
            }
        }
        return zip;
    }
}

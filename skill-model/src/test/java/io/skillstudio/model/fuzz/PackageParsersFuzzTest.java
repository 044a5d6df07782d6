package io.skillstudio.model.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.resources.ResourceManifest;
import io.skillstudio.model.skillmd.SkillDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Jazzer targets for the package parsers (issue 8). Contract: any input ends as a value or positioned
 * diagnostics, never an exception. The normal build replays the stored inputs under
 * {@code PackageParsersFuzzTestInputs/}; {@code -Pfuzz} fuzzes each target for its maxDuration.
 */
class PackageParsersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void frontmatter(FuzzedDataProvider data) {
        SkillDocument doc = SkillDocument.parse(data.consumeRemainingAsString());
        doc.name();
        doc.metadata();
    }

    @FuzzTest(maxDuration = "60s")
    void resourcesYaml(FuzzedDataProvider data) {
        ResourceManifest.parse(data.consumeRemainingAsString()).entries();
    }

    @FuzzTest(maxDuration = "60s")
    void zipReader(byte[] zip) {
        try {
            Path dir = Files.createTempDirectory("fuzz-zip-");
            Path file = Files.write(dir.resolve("p.zip"), zip);
            try {
                LoadResult r = new PackageLoader().load(file);
                r.skillPackage().ifPresent(p -> p.files().forEach(f -> f.text()));
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

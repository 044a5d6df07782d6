package io.skillstudio.app.studio.versions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the sample skill (with its sample set) in a test folder. */
final class VersionsFixture {

    static final Path SAMPLE = Path.of("..", "sample-skills", "skills", "if-checklist-pointwise");

    private VersionsFixture() {}

    static Path copySample(Path dir) throws IOException {
        Path pkg = dir.resolve("if-checklist-pointwise");
        try (var walk = Files.walk(SAMPLE)) {
            for (Path p : walk.toList()) {
                Path t = pkg.resolve(SAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return pkg;
    }
}

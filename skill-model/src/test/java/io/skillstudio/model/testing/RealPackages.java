package io.skillstudio.model.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.skillstudio.model.load.CheckoutPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The real packages: {@code sample-skills/skills/*} in this repository and
 * {@code shared/data/skillrm-packages/*} beside it. They are read in place; a test that edits one works
 * on a copy in its own temporary folder.
 */
public final class RealPackages {

    private RealPackages() {}

    /** A sample skill of this repository. */
    public static Path sampleSkill(String name) {
        return find(Path.of("sample-skills", "skills", name));
    }

    /** An upstream package under shared/data/skillrm-packages, or a skipped test when shared data is absent. */
    public static Path upstream(String name) {
        Path p = findOptional(Path.of("shared", "data", "skillrm-packages", name));
        assumeTrue(p != null, "shared/data/skillrm-packages/" + name + " is absent; skipping");
        return p;
    }

    /** Copies a package folder to {@code parent/name} (regular files only), for tests that edit it. */
    public static Path copy(Path source, Path parent, String name) {
        Path target = parent.resolve(name);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (Files.isRegularFile(p)) {
                    Files.copy(p, t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static Path find(Path relative) {
        Path p = findOptional(relative);
        if (p == null) {
            throw new IllegalStateException(
                    relative + " not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    private static Path findOptional(Path relative) {
        return CheckoutPaths.nearest(relative).filter(Files::isDirectory).orElse(null);
    }
}

package io.skillstudio.evaluator.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code shared/data} beside the project root. Tests that need it call {@link #require} and are
 * skipped, not failed, on a fresh clone without it.
 */
public final class SharedData {
    private SharedData() {}

    public static Optional<Path> root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The file {@code relative} under shared/data, or a skipped test when it is absent. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        assumeTrue(root.isPresent(), "shared/data is not beside the project; skipping");
        Path file = root.get().resolve(relative);
        assumeTrue(Files.exists(file), relative + " is absent; skipping");
        return file;
    }
}

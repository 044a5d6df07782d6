package io.skillstudio.evaluator.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code shared/data} beside the project root. Tests that need it call {@link #require} and are
 * skipped, not failed, on a fresh clone without it, except with {@code -Dparity.required=true} (CI,
 * where the data is present): then missing data fails the test instead of skipping it silently.
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
        check(root.isPresent(), "shared/data is not beside the project");
        Path file = root.get().resolve(relative);
        check(Files.exists(file), relative + " is absent");
        return file;
    }

    /** Whether missing shared data must fail tests ({@code -Dparity.required=true}). */
    public static boolean required() {
        return Boolean.getBoolean("parity.required");
    }

    private static void check(boolean present, String what) {
        if (required()) {
            org.junit.jupiter.api.Assertions.assertTrue(present, what + ", and -Dparity.required=true");
        }
        assumeTrue(present, what + "; skipping");
    }
}

package io.skillstudio.evaluator.testsupport;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.skillstudio.model.load.CheckoutPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code shared/data} beside the project root. Tests that need it call {@link #require} and are
 * skipped on a fresh clone without it, unless the build sets {@code -Dparity.required=true} (CI does):
 * then a missing file fails the test, so CI cannot go green with no parity checked.
 */
public final class SharedData {
    private SharedData() {}

    /** The nearest shared/data folder ({@link CheckoutPaths#sharedData()}). */
    public static Optional<Path> root() {
        return CheckoutPaths.sharedData();
    }

    /** Set by CI: missing parity data is a failure, not a skip. */
    public static boolean required() {
        return Boolean.getBoolean("parity.required");
    }

    /** The file {@code relative} under shared/data, or a skipped (or, when required, failed) test when absent. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        absentUnlessRequired(root.isPresent(), "shared/data is not beside the project");
        Path file = root.get().resolve(relative);
        absentUnlessRequired(Files.exists(file), relative + " is absent");
        return file;
    }

    private static void absentUnlessRequired(boolean present, String what) {
        if (!present && required()) {
            fail(what + " but -Dparity.required=true");
        }
        assumeTrue(present, what + "; skipping");
    }
}

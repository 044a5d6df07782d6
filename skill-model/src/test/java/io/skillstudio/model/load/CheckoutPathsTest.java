package io.skillstudio.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one upward walk that tests, benchmarks and the bench command use to find checkout folders. */
class CheckoutPathsTest {

    @Test
    void findsTheNearestMatchAboveTheWorkingDirectory() {
        // Maven runs the tests in skill-model/, so the module pom is nearer than the reactor's.
        Path pom = CheckoutPaths.nearest(Path.of("pom.xml")).orElseThrow();
        assertThat(pom).isEqualTo(Path.of("pom.xml").toAbsolutePath());
        Path samples = CheckoutPaths.nearest(Path.of("sample-skills", "skills")).orElseThrow();
        assertThat(Files.isDirectory(samples)).isTrue();
        assertThat(samples.getParent().getParent())
                .isEqualTo(Path.of("").toAbsolutePath().getParent());
    }

    @Test
    void isEmptyWhenNothingAboveMatches() {
        assertThat(CheckoutPaths.nearest(Path.of("no-such-folder-" + System.nanoTime())))
                .isEmpty();
        assertThat(CheckoutPaths.sharedData("no-such-file-" + System.nanoTime() + ".jsonl"))
                .isEmpty();
    }
}

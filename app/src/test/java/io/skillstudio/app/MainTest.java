package io.skillstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "skillstudio PATH" opens the studio; subcommands and options stay the command line. */
class MainTest {

    @Test
    void anExistingPathOpensTheStudio(@TempDir Path dir) {
        assertThat(Main.opensInStudio(dir.toString())).isTrue();
    }

    @Test
    void optionsAndMissingPathsAreTheCommandLine(@TempDir Path dir) {
        assertThat(Main.opensInStudio("--help")).isFalse();
        assertThat(Main.opensInStudio(dir.resolve("missing").toString())).isFalse();
    }
}

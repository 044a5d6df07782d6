package io.skillstudio.app.studio.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.validation.LintMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-package lint modes and the window's bounds survive a restart; a broken value falls back. */
class StudioSettingsTest {

    @TempDir
    Path home;

    @Test
    void lintModeIsRememberedPerPackageAndWindowBoundsAcrossARestart() {
        StudioSettings first = new StudioSettings(home).load();
        first.rememberLintMode(home.resolve("a"), LintMode.SKILLRM);
        first.rememberLintMode(home.resolve("b"), LintMode.STRICT);
        first.windowProperty().set(new WindowBounds(10, 20, 900, 600, true));
        first.save();

        StudioSettings again = new StudioSettings(home).load();

        assertThat(again.lintModeFor(home.resolve("a"))).contains(LintMode.SKILLRM);
        assertThat(again.lintModeFor(home.resolve("b/../b"))).contains(LintMode.STRICT);
        assertThat(again.lintModeFor(home.resolve("c"))).isEmpty();
        assertThat(again.windowProperty().get()).isEqualTo(new WindowBounds(10, 20, 900, 600, true));
    }

    @Test
    void malformedOrTinyWindowBoundsAreIgnored() throws Exception {
        Files.writeString(home.resolve("settings.properties"), "window=1,2,three,4\nlintMode.package./x=LOUD\n");

        StudioSettings s = new StudioSettings(home).load();

        assertThat(s.windowProperty().get()).isNull();
        assertThat(s.lintModeFor(Path.of("/x"))).isEmpty();
        assertThat(WindowBounds.parse("0,0,50,50")).isEmpty();
        assertThat(WindowBounds.parse("0,0,1280,800")).contains(new WindowBounds(0, 0, 1280, 800, false));
    }
}

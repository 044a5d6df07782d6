package io.skillstudio.app.studio.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path home;

    @Test
    void storedBuffersArePendingUntilCleared() throws IOException {
        RecoveryStore store = new RecoveryStore(home);
        assertThat(store.pending()).isEmpty();
        store.store(Path.of("/pkgs/demo"), Map.of("SKILL.md", "edited ü\n", "rubrics/a.md", "x"));
        var snap = store.pending().orElseThrow();
        assertThat(snap.packageRoot()).isEqualTo(Path.of("/pkgs/demo").toAbsolutePath());
        assertThat(snap.buffers()).containsEntry("SKILL.md", "edited ü\n").containsEntry("rubrics/a.md", "x");
        store.clear();
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void noDirtyBuffersMeansNothingToRecover() throws IOException {
        RecoveryStore store = new RecoveryStore(home);
        store.store(Path.of("/p"), Map.of("SKILL.md", "x"));
        store.store(Path.of("/p"), Map.of());
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void garbageInTheFolderIsIgnored() throws IOException {
        Files.createDirectories(home.resolve("recovery"));
        Files.writeString(home.resolve("recovery/recovery.properties"), "file.0=SKILL.md\n\\u00zz");
        assertThat(new RecoveryStore(home).pending()).isEmpty();
    }
}

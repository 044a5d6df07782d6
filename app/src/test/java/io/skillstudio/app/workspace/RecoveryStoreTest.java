package io.skillstudio.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.workspace.RecoveryStore.Buffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path home;

    private static Buffer buffer(String path, String text) {
        return new Buffer(path, text, RecoveryStore.hash(new byte[] {1}));
    }

    @Test
    void buffersAreOfferedToAnotherSessionOnlyOnceTheirSessionStoppedRunning() throws IOException {
        RecoveryStore crashed = new RecoveryStore(home);
        RecoveryStore next = new RecoveryStore(home);
        crashed.store(Path.of("/pkgs/demo"), List.of(buffer("SKILL.md", "edited ü 😀\n"), buffer("rubrics/a.md", "x")));
        assertThat(next.pending()).as("still running: its lock is held").isEmpty();
        assertThat(crashed.pending())
                .as("a session never offers its own buffers")
                .isEmpty();

        crashed.abandon();
        var snap = next.pending().get(0);
        assertThat(snap.packageRoot()).isEqualTo(Path.of("/pkgs/demo").toAbsolutePath());
        assertThat(snap.buffers())
                .containsExactlyInAnyOrder(buffer("SKILL.md", "edited ü 😀\n"), buffer("rubrics/a.md", "x"));
    }

    @Test
    void aSessionWithNothingDirtyClearsOnlyItsOwnFolder() throws IOException {
        RecoveryStore crashed = new RecoveryStore(home);
        crashed.store(Path.of("/p"), List.of(buffer("SKILL.md", "x")));
        crashed.abandon();

        RecoveryStore relaunched = new RecoveryStore(home);
        relaunched.store(Path.of("/p"), List.of(buffer("SKILL.md", "mine")));
        relaunched.store(Path.of("/p"), List.of());
        relaunched.clear();
        relaunched.close();

        assertThat(new RecoveryStore(home).pending())
                .singleElement()
                .satisfies(s -> assertThat(s.buffers()).containsExactly(buffer("SKILL.md", "x")));
    }

    @Test
    void eachBufferCarriesItsOwnPathAndBuffersNoLongerDirtyGo() throws IOException {
        RecoveryStore s = new RecoveryStore(home);
        s.store(Path.of("/p"), List.of(buffer("a.md", "A"), buffer("b.md", "B"), buffer("c.md", "C")));
        s.store(Path.of("/p"), List.of(buffer("c.md", "C2"), buffer("a.md", "A2")));
        s.abandon();
        assertThat(new RecoveryStore(home).pending().get(0).buffers())
                .containsExactlyInAnyOrder(buffer("a.md", "A2"), buffer("c.md", "C2"));
    }

    @Test
    void discardingSomeBuffersKeepsTheOthersAndTheLastOneTakesTheFolder() throws IOException {
        RecoveryStore s = new RecoveryStore(home);
        s.store(Path.of("/p"), List.of(buffer("a.md", "A"), buffer("b.md", "B")));
        s.abandon();
        RecoveryStore next = new RecoveryStore(home);
        var snap = next.pending().get(0);
        next.discard(snap, List.of("a.md"));
        assertThat(next.pending().get(0).buffers()).containsExactly(buffer("b.md", "B"));
        next.discard(next.pending().get(0));
        assertThat(next.pending()).isEmpty();
        assertThat(snap.folder()).doesNotExist();
    }

    @Test
    void aCleanExitLeavesNothing() throws IOException {
        RecoveryStore s = new RecoveryStore(home);
        s.store(Path.of("/p"), List.of(buffer("a.md", "A")));
        s.close();
        try (var list = Files.list(home.resolve("recovery"))) {
            assertThat(list).isEmpty();
        }
    }

    @Test
    void theOldSingleSessionLayoutIsStillOffered() throws IOException {
        Path dir = Files.createDirectories(home.resolve("recovery"));
        Files.writeString(dir.resolve("recovery.properties"), "package=/p\nfile.0=SKILL.md\n");
        Files.writeString(dir.resolve("buffer-0.txt"), "old work");
        var snap = new RecoveryStore(home).pending();
        assertThat(snap)
                .singleElement()
                .satisfies(s -> assertThat(s.buffers()).containsExactly(new Buffer("SKILL.md", "old work", "")));
        assertThat(dir.resolve("recovery.properties")).doesNotExist();
    }

    @Test
    void garbageInTheFolderIsIgnored() throws IOException {
        Files.createDirectories(home.resolve("recovery/old"));
        Files.writeString(home.resolve("recovery/old/session.properties"), "package=/p\n\\u00zz");
        Files.write(home.resolve("recovery/old/x.buffer"), new byte[] {(byte) 0xff, 0});
        assertThat(new RecoveryStore(home).pending()).isEmpty();
    }
}

package io.skillstudio.model.save;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path tmp;

    @Test
    void replacesContentAndKeepsPermissions() throws Exception {
        Path script = Files.writeString(tmp.resolve("verify.py"), "old");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        AtomicFiles.write(script, "new".getBytes());
        assertThat(Files.readString(script)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
                .isEqualTo("rwxr-xr-x");
        assertThat(Files.list(tmp)).hasSize(1);
    }

    @Test
    void newFilesAreReadableByOthersLikeAnyEditorWouldWriteThem() throws Exception {
        Path f = tmp.resolve("a/b.md");
        AtomicFiles.write(f, "x".getBytes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void writesThroughASymlinkAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(tmp.resolve("real.md"), "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.md"), real);
        AtomicFiles.write(link, "new".getBytes());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }
}

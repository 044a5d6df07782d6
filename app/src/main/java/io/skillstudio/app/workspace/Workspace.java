package io.skillstudio.app.workspace;

import io.skillstudio.model.load.LoadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Every read and write the studio makes in a package folder, behind one seam: the disk today, and
 * where history (JGit) can come in later without the ViewModels changing. Paths are relative to the
 * package root and never leave it ({@link IllegalArgumentException} otherwise). No JavaFX.
 */
public interface Workspace {

    /** Reads the whole package (files, manifest, load diagnostics). */
    LoadResult load(Path root);

    /** The bytes of a regular file, empty when there is none. */
    Optional<byte[]> read(Path root, String relative) throws IOException;

    /** Writes atomically (a crash leaves the old or the new file, never half of one). */
    void write(Path root, String relative, byte[] bytes) throws IOException;

    /** Creates a new file; fails when one exists already. */
    void create(Path root, String relative, byte[] bytes) throws IOException;

    /** Moves a file or folder; fails when the target exists. */
    void move(Path root, String from, String to) throws IOException;

    void delete(Path root, String relative) throws IOException;

    /** The absolute path of {@code relative} inside {@code root}. */
    Path resolve(Path root, String relative);

    /** The local file system. */
    static Workspace disk() {
        return new DiskWorkspace();
    }
}

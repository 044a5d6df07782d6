package io.skillstudio.app.workspace;

import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.save.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@link Workspace} on the local file system. */
final class DiskWorkspace implements Workspace {

    private final PackageLoader loader = new PackageLoader();

    @Override
    public LoadResult load(Path root) {
        return loader.load(root);
    }

    @Override
    public Optional<byte[]> read(Path root, String relative) throws IOException {
        Path p = resolve(root, relative);
        return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
    }

    @Override
    public void write(Path root, String relative, byte[] bytes) throws IOException {
        AtomicFiles.write(resolve(root, relative), bytes);
    }

    @Override
    public void create(Path root, String relative, byte[] bytes) throws IOException {
        Path p = resolve(root, relative);
        if (Files.exists(p)) {
            throw new IOException(relative + " already exists");
        }
        AtomicFiles.write(p, bytes);
    }

    @Override
    public void move(Path root, String from, String to) throws IOException {
        Path target = resolve(root, to);
        if (Files.exists(target)) {
            throw new IOException(to + " already exists");
        }
        Files.createDirectories(target.getParent());
        Files.move(resolve(root, from), target);
    }

    @Override
    public void delete(Path root, String relative) throws IOException {
        Files.deleteIfExists(resolve(root, relative));
    }

    @Override
    public Path resolve(Path root, String relative) {
        Path r = root.toAbsolutePath().normalize();
        Path p = r.resolve(relative).normalize();
        if (!p.startsWith(r)) {
            throw new IllegalArgumentException("path leaves the package: " + relative);
        }
        return p;
    }
}

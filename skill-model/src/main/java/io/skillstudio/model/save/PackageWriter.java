package io.skillstudio.model.save;

import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.SkillPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Saves a package snapshot to a folder. Files are written from their raw bytes, and a file whose bytes
 * already match what is on disk is not touched at all, so an unchanged package rewrites nothing.
 */
public final class PackageWriter {

    private PackageWriter() {}

    /** Writes every readable file; returns how many files were actually written. */
    public static int save(SkillPackage pkg, Path dir) throws IOException {
        int written = 0;
        for (PackageFile f : pkg.files()) {
            Optional<byte[]> bytes = f.bytes();
            if (bytes.isEmpty()) {
                continue; // too large or an escaping link: never rewrite what we did not read
            }
            Path target = resolveInside(dir, f.path());
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes.get())) {
                continue;
            }
            AtomicFiles.write(target, bytes.get());
            written++;
        }
        return written;
    }

    /** Resolves a package path under {@code dir}, refusing anything that would land outside it. */
    public static Path resolveInside(Path dir, String rel) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        Path target = root.resolve(rel).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside the package: " + rel);
        }
        return target;
    }
}

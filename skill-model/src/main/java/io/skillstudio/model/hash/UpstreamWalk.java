package io.skillstudio.model.hash;

import io.skillstudio.model.load.PathOrder;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * Python 3.11's {@code Path.rglob("*")} filtered by {@code is_file()}, under the loader's rules:
 * linked folders are not entered, dangling links do not count, and a linked file counts (its target's
 * bytes) only when the target stays inside the package. Upstream would hash a link to
 * {@code /etc/passwd} or {@code /proc/self/pagemap}; we do not (the loader already reports such links),
 * so for those packages our upstream hash differs from upstream's on purpose.
 */
final class UpstreamWalk {

    private UpstreamWalk() {}

    /** Relative path to the file to read: the file itself, or a linked file's real path inside the package. */
    static Map<String, Path> regularFiles(Path root) throws IOException {
        TreeMap<String, Path> out = new TreeMap<>(PathOrder.UPSTREAM);
        Path realRoot = root.toRealPath();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (attrs.isRegularFile()) {
                    out.put(rel, file);
                } else if (attrs.isSymbolicLink()) {
                    inside(realRoot, file).ifPresent(target -> out.put(rel, target));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    private static java.util.Optional<Path> inside(Path realRoot, Path link) {
        try {
            Path target = link.toRealPath();
            return target.startsWith(realRoot) && Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    ? java.util.Optional.of(target) : java.util.Optional.empty();
        } catch (IOException dangling) {
            return java.util.Optional.empty();
        }
    }
}

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
 * Python 3.11's {@code Path.rglob("*")} filtered by {@code is_file()}: linked folders are not entered,
 * linked files count (their target's bytes), dangling links do not.
 */
final class UpstreamWalk {

    private UpstreamWalk() {}

    static Map<String, Path> regularFiles(Path root) throws IOException {
        TreeMap<String, Path> out = new TreeMap<>(PathOrder.UPSTREAM);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                    out.put(root.relativize(file).toString().replace(java.io.File.separatorChar, '/'), file);
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
}

package io.skillstudio.model.hash;

import io.skillstudio.model.load.NoFollowWalk;
import io.skillstudio.model.load.PathOrder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Python 3.11's {@code Path.rglob("*")} filtered by {@code is_file()}, under the loader's rules:
 * linked folders are not entered, dangling links do not count, and a linked file counts (its target's
 * bytes) only when the target stays inside the package. Upstream would hash a link to
 * {@code /etc/passwd} or {@code /proc/self/pagemap}; we do not (the loader already reports such links),
 * so for those packages our upstream hash differs from upstream's on purpose. Listing and reading go
 * through {@link NoFollowWalk}, so a folder swapped for a link meanwhile is not followed either.
 */
final class UpstreamWalk {

    private UpstreamWalk() {}

    /**
     * Relative path to the relative path to read ({@code /}-separated, below the root): the file itself,
     * or a linked file's real path inside the package.
     */
    static Map<String, String> regularFiles(Path root) throws IOException {
        TreeMap<String, String> out = new TreeMap<>(PathOrder.UPSTREAM);
        Path realRoot = root.toRealPath();
        NoFollowWalk.walk(root, new NoFollowWalk.Visitor() {
            @Override
            public boolean visit(String rel, BasicFileAttributes attrs, NoFollowWalk.Reader reader) {
                if (attrs.isRegularFile()) {
                    out.put(rel, rel);
                } else if (attrs.isSymbolicLink()) {
                    inside(realRoot, root.resolve(rel)).ifPresent(target -> out.put(rel, target));
                }
                return true;
            }
        });
        return out;
    }

    private static Optional<String> inside(Path realRoot, Path link) {
        try {
            Path target = link.toRealPath();
            return target.startsWith(realRoot)
                            && !target.equals(realRoot)
                            && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(realRoot.relativize(target).toString().replace(File.separatorChar, '/'))
                    : Optional.empty();
        } catch (IOException dangling) {
            return Optional.empty();
        }
    }
}

package io.skillstudio.model.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lists and reads a package folder relative to open folders ({@link SecureDirectoryStream}, i.e.
 * {@code openat}), never following a link at any name: a folder swapped for a link to somewhere else
 * after it was listed is not entered, and a file swapped for a link is not opened ({@code O_NOFOLLOW}).
 * A path-based check cannot do this: between the check and the open, any folder on the path can be
 * swapped. Where the platform has no secure directory streams (Windows), it falls back to path-based
 * listing and {@link NoFollowRead}, which protects the last name only.
 */
public final class NoFollowWalk {

    private NoFollowWalk() {}

    /** Receives every entry that is not a folder (files, links, others), in name order per folder. */
    public interface Visitor {
        /**
         * @param rel the entry's path below the root, {@code /}-separated
         * @param attrs its own attributes (a link is a link)
         * @param reader reads it, if it is still the regular file {@code attrs} describes
         * @return false to stop the walk
         */
        boolean visit(String rel, BasicFileAttributes attrs, Reader reader) throws IOException;

        /** A folder that could not be opened or listed; the walk goes on. */
        default void failed(String rel, IOException e) {}
    }

    /** Reads one listed entry. */
    @FunctionalInterface
    public interface Reader {
        /** Feeds up to {@code max} bytes to {@code sink}; false (nothing fed) when it is not that regular file. */
        boolean stream(long max, Consumer<ByteBuffer> sink) throws IOException;
    }

    /** Walks {@code root} (depth first, names sorted per folder); linked folders are not entered. */
    public static void walk(Path root, Visitor visitor) throws IOException {
        try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
            if (top instanceof SecureDirectoryStream<Path> secure) {
                walkSecure(secure, "", visitor);
            } else {
                walkPaths(root, names(top), "", visitor);
            }
        }
    }

    /**
     * Reads {@code rel} (a {@code /}-separated path of real names below {@code root}) opening every folder on
     * the way and the file itself without following links; false when any of them is not what it should be.
     */
    public static boolean stream(Path root, String rel, long max, Consumer<ByteBuffer> sink) throws IOException {
        String[] parts = rel.split("/");
        try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
            if (!(top instanceof SecureDirectoryStream<Path> secure)) {
                return NoFollowRead.stream(root.resolve(rel), max, sink);
            }
            List<SecureDirectoryStream<Path>> opened = new ArrayList<>();
            try {
                SecureDirectoryStream<Path> dir = secure;
                for (int i = 0; i < parts.length - 1; i++) {
                    dir = dir.newDirectoryStream(Path.of(parts[i]), LinkOption.NOFOLLOW_LINKS);
                    opened.add(dir);
                }
                Path name = Path.of(parts[parts.length - 1]);
                BasicFileAttributes attrs = attributes(dir, name);
                return readSecure(dir, name, attrs, max, sink);
            } catch (FileSystemException e) {
                return false; // a folder on the way is a link now (ELOOP), or gone
            } finally {
                for (SecureDirectoryStream<Path> d : opened) {
                    d.close();
                }
            }
        }
    }

    private static boolean walkSecure(SecureDirectoryStream<Path> dir, String prefix, Visitor visitor)
            throws IOException {
        for (Path name : names(dir)) {
            String rel = prefix + name;
            BasicFileAttributes attrs;
            try {
                attrs = attributes(dir, name);
            } catch (FileSystemException gone) {
                continue; // removed since it was listed
            }
            if (attrs.isDirectory()) {
                try (SecureDirectoryStream<Path> sub = dir.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                    if (!walkSecure(sub, rel + "/", visitor)) {
                        return false;
                    }
                } catch (FileSystemException e) {
                    visitor.failed(rel, e); // swapped for a link (ELOOP) or unreadable
                }
            } else if (!visitor.visit(rel, attrs, (max, sink) -> readSecure(dir, name, attrs, max, sink))) {
                return false;
            }
        }
        return true;
    }

    private static boolean walkPaths(Path dir, List<Path> names, String prefix, Visitor visitor) throws IOException {
        for (Path name : names) {
            Path file = dir.resolve(name.toString());
            String rel = prefix + name;
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (FileSystemException gone) {
                continue;
            }
            if (attrs.isDirectory()) {
                List<Path> sub;
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(file)) {
                    sub = names(ds);
                } catch (IOException e) {
                    visitor.failed(rel, e);
                    continue;
                }
                if (!walkPaths(file, sub, rel + "/", visitor)) {
                    return false;
                }
            } else if (!visitor.visit(rel, attrs, (max, sink) -> NoFollowRead.stream(file, max, sink))) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> names(DirectoryStream<Path> dir) {
        List<Path> names = new ArrayList<>();
        for (Path p : dir) {
            names.add(p.getFileName());
        }
        names.sort(null);
        return names;
    }

    private static BasicFileAttributes attributes(SecureDirectoryStream<Path> dir, Path name) throws IOException {
        return dir.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .readAttributes();
    }

    /** Opens {@code name} in the open folder {@code dir} without following a link, checks it, reads it. */
    private static boolean readSecure(
            SecureDirectoryStream<Path> dir, Path name, BasicFileAttributes listed, long max, Consumer<ByteBuffer> sink)
            throws IOException {
        if (!listed.isRegularFile()) {
            return false;
        }
        Optional<SeekableByteChannel> opened = NoFollowRead.openOrEmpty(
                () -> dir.newByteChannel(name, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)));
        if (opened.isEmpty()) {
            return false;
        }
        try (SeekableByteChannel ch = opened.get()) {
            BasicFileAttributes now = attributes(dir, name);
            if (!now.isRegularFile() || listed.fileKey() == null || !Objects.equals(listed.fileKey(), now.fileKey())) {
                return false;
            }
            NoFollowRead.copy(ch, max, sink);
            return true;
        } catch (FileSystemException e) {
            return false; // swapped or removed between the open and the check
        }
    }
}

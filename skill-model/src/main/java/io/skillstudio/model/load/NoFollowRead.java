package io.skillstudio.model.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a package file without following a link at its last name component, and checks that what was
 * opened is the regular file that was listed (same file key before and after the open), so swapping
 * the file for a link between listing and reading reads nothing. Never reads more than asked: a
 * {@code /proc} file or a device cannot hang the reader.
 */
public final class NoFollowRead {

    private NoFollowRead() {}

    /** Up to {@code max + 1} bytes of the regular file {@code file}, or empty when it is not one (any more). */
    public static Optional<byte[]> bounded(Path file, long max) throws IOException {
        return bounded((m, sink) -> stream(file, m, sink), max);
    }

    /** Up to {@code max + 1} bytes from {@code reader}, or empty when it refused (not that regular file). */
    static Optional<byte[]> bounded(NoFollowWalk.Reader reader, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean ok = reader.stream(
                max + 1,
                (chunk) -> out.write(chunk.array(), chunk.arrayOffset() + chunk.position(), chunk.remaining()));
        return ok ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    /**
     * Feeds up to {@code max} bytes of the regular file {@code file} to {@code sink}; false (and nothing
     * fed) when {@code file} is not a regular file, is a link, or changed identity while being opened.
     */
    public static boolean stream(Path file, long max, Consumer<ByteBuffer> sink) throws IOException {
        BasicFileAttributes before;
        try {
            before = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return false; // removed (or its folder swapped) since the listing
        }
        if (!before.isRegularFile()) {
            return false;
        }
        Optional<SeekableByteChannel> opened =
                openOrEmpty(() -> Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
        if (opened.isEmpty()) {
            return false;
        }
        try (SeekableByteChannel ch = opened.get()) {
            BasicFileAttributes after =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!after.isRegularFile()
                    || before.fileKey() == null
                    || !Objects.equals(before.fileKey(), after.fileKey())) {
                return false;
            }
            copy(ch, max, sink);
            return true;
        } catch (FileSystemException e) {
            return false; // swapped or removed between the open and the check
        }
    }

    /** Opens a file that must not be a link. */
    interface Opener {
        SeekableByteChannel open() throws IOException;
    }

    /**
     * The channel, or empty when the open failed: the name became a link after the listing, or is gone or
     * unreadable. The JDK reports {@code O_NOFOLLOW}'s ELOOP as a plain {@link IOException} ("... (NOFOLLOW_LINKS
     * specified)"), not a {@link FileSystemException}, so a narrower catch lets a swap race surface as an error.
     */
    static Optional<SeekableByteChannel> openOrEmpty(Opener opener) {
        try {
            return Optional.of(opener.open());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Feeds up to {@code max} bytes of an open channel to {@code sink} in 64 KiB chunks. */
    static void copy(SeekableByteChannel ch, long max, Consumer<ByteBuffer> sink) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        long left = max;
        while (left > 0) {
            buf.clear();
            if (left < buf.capacity()) {
                buf.limit((int) left);
            }
            int n = ch.read(buf);
            if (n < 0) {
                break;
            }
            left -= n;
            buf.flip();
            sink.accept(buf);
        }
    }
}

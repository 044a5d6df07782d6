package io.skillstudio.evaluator.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An output folder written safely, for any command that writes a set of files ({@code eval},
 * {@code ifeval}). The folder is locked while a run writes it (a second run is refused); files are
 * created exclusively, never through a symbolic link, in a fresh staging folder beside it; at the end
 * the completion marker {@code complete.json} is written last and the staging folder replaces the
 * output folder as a whole (two renames). A crash at any point leaves either the previous complete
 * output or the new one, never a mix: the next open removes stale staging folders and, if the crash
 * fell between the two renames, puts the previous output back first.
 *
 * <p>Lock and staging live beside the folder ({@code .NAME.lock}, {@code .NAME.staging-ID}) because
 * the folder itself is replaced. The lock is an OS file lock: a killed process releases it.
 */
public final class OutputFolder implements AutoCloseable {

    /** Written last: a folder without it is not a finished output. */
    public static final String COMPLETE = "complete.json";

    private static final OpenOption[] EXCLUSIVE = {
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS
    };

    /** The folder is in use by another run (this process or another). */
    public static final class LockedException extends IOException {
        LockedException(Path out) {
            super("another run is writing to " + out + " (locked); wait for it or choose another output folder");
        }
    }

    private final Path out;
    private final Path staging;
    private final String runId;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<Writer> open = new ArrayList<>();
    private boolean finished;

    private OutputFolder(Path out, Path staging, String runId, FileChannel lockChannel, FileLock lock) {
        this.out = out;
        this.staging = staging;
        this.runId = runId;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Locks {@code out} and opens a staging folder.
     *
     * @param ownFiles the file names this command writes: an existing folder holding anything else is
     *     refused rather than replaced
     * @throws LockedException when another run holds the folder
     * @throws IOException when {@code out} is a symbolic link, a file, or a folder holding other files
     */
    public static OutputFolder open(Path out, Set<String> ownFiles) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("the output folder cannot be the file system root");
        }
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        FileChannel channel = FileChannel.open(
                parent.resolve("." + name + ".lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new LockedException(target);
        }
        try {
            recover(parent, name, target);
            Set<String> own = new HashSet<>(ownFiles);
            own.add(COMPLETE);
            checkReplaceable(target, own);
            String runId = UUID.randomUUID().toString();
            Path staging = parent.resolve("." + name + ".staging-" + runId);
            Files.createDirectory(staging);
            return new OutputFolder(target, staging, runId, channel, lock);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** The folder the output will replace. */
    public Path folder() {
        return out;
    }

    /** The staging folder files are written into (fresh, empty, private to this run). */
    public Path staging() {
        return staging;
    }

    public String runId() {
        return runId;
    }

    /** A new file in the staging folder, created exclusively and not through a link; closed on publish. */
    public Writer create(String name) throws IOException {
        Writer w = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(staging.resolve(name), EXCLUSIVE), StandardCharsets.UTF_8),
                1 << 16);
        open.add(w);
        return w;
    }

    /**
     * Writes the completion marker ({@code runId}, {@code status}, {@code finished}, {@code bytes} of
     * every file, plus {@code extra}) and moves the staging folder into place as a whole.
     */
    public void publish(String status, Map<String, Object> extra) throws IOException {
        for (Writer w : open) {
            w.close();
        }
        Map<String, Object> marker = new LinkedHashMap<>();
        marker.put("runId", runId);
        marker.put("status", status);
        marker.put("finished", Instant.now().toString());
        Map<String, Long> bytes = new LinkedHashMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(staging)) {
            List<Path> files = new ArrayList<>();
            ds.forEach(files::add);
            files.sort(null);
            for (Path f : files) {
                bytes.put(f.getFileName().toString(), Files.size(f));
            }
        }
        marker.put("bytes", bytes);
        marker.putAll(extra);
        try (Writer w = create(COMPLETE)) {
            w.write(RunOutput.json(marker));
            w.write('\n');
        }
        Path old = null;
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            old = out.resolveSibling("." + out.getFileName() + ".old-" + runId);
            move(out, old);
        }
        move(staging, out);
        finished = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Drops the staging folder; the previous output (if any) stays in place. */
    public void discard() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        for (Writer w : open) {
            try {
                w.close();
            } catch (IOException ignored) {
                // Discarding: the staging folder is deleted next.
            }
        }
        deleteTree(staging);
    }

    @Override
    public void close() throws IOException {
        try {
            discard();
        } finally {
            if (lock.isValid()) {
                lock.release();
            }
            lockChannel.close();
        }
    }

    /**
     * Under the lock: stale staging folders are from killed runs; a stale old folder is either garbage
     * (the new run is in place) or the previous run, when a crash fell between the two renames.
     */
    private static void recover(Path parent, String name, Path target) throws IOException {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, "." + name + ".*")) {
            ds.forEach(stale::add);
        }
        for (Path p : stale) {
            String f = p.getFileName().toString();
            if (f.startsWith("." + name + ".old-") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(p, target);
            } else if (f.startsWith("." + name + ".staging-") || f.startsWith("." + name + ".old-")) {
                deleteTree(p);
            }
        }
    }

    private static void checkReplaceable(Path target, Set<String> own) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new IOException(target + " is a symbolic link; --out must be a real folder");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " is a file; --out must be a folder");
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(target)) {
            for (Path p : ds) {
                if (!own.contains(p.getFileName().toString())) {
                    throw new IOException(target + " holds " + p.getFileName() + ", which this command did not write; "
                            + "choose an empty or new output folder (the whole folder is replaced)");
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot move the run into place: " + to + " appeared meanwhile", e);
        }
    }

    /** Deletes a folder tree without following links (a link is removed, never its target). */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
                for (Path p : ds) {
                    deleteTree(p);
                }
            }
        }
        Files.delete(root);
    }
}

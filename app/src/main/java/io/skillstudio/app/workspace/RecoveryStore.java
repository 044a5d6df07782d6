package io.skillstudio.app.workspace;

import io.skillstudio.model.hash.Sha256;
import io.skillstudio.model.save.AtomicFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unsaved buffers copied to {@code <home>/recovery/<session>/} on a timer and after each save.
 *
 * <p>Each running window has its own session folder and holds a lock file in it while it runs, so a
 * second instance, or a relaunch while the crashed session's data waits, never clears another
 * session's buffers: a session only ever writes and clears its own folder. A folder whose lock is not
 * held belongs to a session that ended without a clean exit, and is what {@link #pending()} offers.
 *
 * <p>Each buffer is its own file holding its package path, text and the hash of the file on disk it
 * was edited from, so a crash halfway through a write cannot pair a text with the wrong path, and the
 * restore can warn when the file changed since.
 */
public final class RecoveryStore {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryStore.class);
    private static final String SESSION = "session.properties";
    private static final String LOCK = "session.lock";
    private static final String BUFFER = ".buffer";
    /**
     * Locks this JVM holds. Checking one of them with a second channel would throw, and closing that
     * channel releases the lock on some systems (POSIX record locks are per process), so they are
     * never probed.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    /** One unsaved buffer: its package-relative path, its text and the SHA-256 of the disk bytes it was edited from. */
    public record Buffer(String path, String text, String diskHash) {}

    /** What a session that did not end cleanly left: its folder, the package and the buffers. */
    public record Snapshot(Path folder, Path packageRoot, List<Buffer> buffers) {}

    private final Path dir;
    private final Path own;
    private FileChannel lockChannel;
    private FileLock lock;

    public RecoveryStore(Path home) {
        this.dir = home.resolve("recovery");
        this.own = dir.resolve(UUID.randomUUID().toString()).toAbsolutePath().normalize();
    }

    public Path directory() {
        return dir;
    }

    /** Replaces this session's stored buffers; an empty list clears them (and only them). */
    public synchronized void store(Path packageRoot, List<Buffer> buffers) throws IOException {
        if (buffers.isEmpty()) {
            clear();
            return;
        }
        startSession();
        Properties session = new Properties();
        session.setProperty("package", packageRoot.toAbsolutePath().toString());
        AtomicFiles.write(own.resolve(SESSION), text(session));
        Set<String> written = new HashSet<>();
        for (Buffer b : buffers) {
            Properties p = new Properties();
            p.setProperty("path", b.path());
            p.setProperty("diskHash", b.diskHash());
            p.setProperty("text", b.text());
            String name = hash(b.path().getBytes(StandardCharsets.UTF_8)) + BUFFER;
            AtomicFiles.write(own.resolve(name), text(p));
            written.add(name);
        }
        for (Path stale : bufferFiles(own)) {
            if (!written.contains(stale.getFileName().toString())) {
                Files.deleteIfExists(stale);
            }
        }
    }

    /** Removes this session's buffers (after a save, or when the user discarded them); the lock stays. */
    public synchronized void clear() {
        if (!Files.isDirectory(own)) {
            return;
        }
        try {
            for (Path p : bufferFiles(own)) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(own.resolve(SESSION));
        } catch (IOException e) {
            LOG.warn("cannot clear {}", own, e);
        }
    }

    /** A clean exit: this session's folder goes and its lock is released. */
    public synchronized void close() {
        clear();
        releaseLock();
        deleteFolder(own);
    }

    /** Releases the lock and keeps the buffers, as a crash would; tests simulate a crash with it. */
    public synchronized void abandon() {
        releaseLock();
    }

    /** Buffers of every other session that is no longer running (its lock is free), oldest folder first. */
    public List<Snapshot> pending() {
        List<Snapshot> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        migrateLegacy();
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(Files::isDirectory)
                    .map(p -> p.toAbsolutePath().normalize())
                    .filter(p -> !p.equals(own))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.warn("cannot list {}", dir, e);
            return out;
        }
        for (Path folder : folders) {
            if (!lockHeld(folder)) {
                read(folder).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Deletes the given buffers of another session's snapshot; the folder goes once none is left. */
    public void discard(Snapshot snap, Collection<String> paths) {
        try {
            for (String path : paths) {
                Files.deleteIfExists(snap.folder().resolve(hash(path.getBytes(StandardCharsets.UTF_8)) + BUFFER));
            }
            if (bufferFiles(snap.folder()).isEmpty()) {
                deleteFolder(snap.folder());
            }
        } catch (IOException e) {
            LOG.warn("cannot discard recovery data in {}", snap.folder(), e);
        }
    }

    public void discard(Snapshot snap) {
        discard(snap, snap.buffers().stream().map(Buffer::path).toList());
    }

    /** SHA-256 in hex: the disk hash stored with each buffer, and the buffer file names. */
    public static String hash(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    // --- internals
    /**
     * Earlier versions kept one session directly in the recovery folder ({@code recovery.properties}
     * indexing {@code buffer-N.txt}). A crash just before upgrading must not lose that work, so it is
     * moved into a session folder of the current layout (with no disk hash) and offered like any other.
     */
    private void migrateLegacy() {
        Path index = dir.resolve("recovery.properties");
        if (!Files.isRegularFile(index)) {
            return;
        }
        try {
            Properties p = load(index);
            String root = p.getProperty("package");
            Path folder = dir.resolve("legacy-" + UUID.randomUUID());
            Files.createDirectories(folder);
            List<Path> old = new ArrayList<>(List.of(index));
            for (int i = 0; p.containsKey("file." + i); i++) {
                Path buffer = dir.resolve("buffer-" + i + ".txt");
                if (Files.isRegularFile(buffer)) {
                    Properties b = new Properties();
                    b.setProperty("path", p.getProperty("file." + i));
                    b.setProperty("diskHash", "");
                    b.setProperty("text", Files.readString(buffer, StandardCharsets.UTF_8));
                    AtomicFiles.write(
                            folder.resolve(hash(b.getProperty("path").getBytes(StandardCharsets.UTF_8)) + BUFFER),
                            text(b));
                    old.add(buffer);
                }
            }
            if (root != null) {
                Properties session = new Properties();
                session.setProperty("package", root);
                AtomicFiles.write(folder.resolve(SESSION), text(session));
            }
            // Only once the copy is complete do the old files go.
            for (Path o : old) {
                Files.deleteIfExists(o);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("cannot migrate old recovery data in {}", dir, e);
        }
    }

    private void startSession() throws IOException {
        if (lock != null) {
            return;
        }
        Files.createDirectories(own);
        Path lockFile = own.resolve(LOCK);
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            throw new IOException("recovery session folder is locked: " + own);
        }
        HELD_HERE.add(lockFile);
    }

    private void releaseLock() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.debug("cannot release {}", own, e);
        }
        HELD_HERE.remove(own.resolve(LOCK));
        lock = null;
        lockChannel = null;
    }

    private static boolean lockHeld(Path folder) {
        Path lockFile = folder.resolve(LOCK);
        if (HELD_HERE.contains(lockFile)) {
            return true;
        }
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = ch.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // Cannot tell: treat it as running, so nothing is offered (or later deleted) twice.
            LOG.debug("cannot probe {}", lockFile, e);
            return true;
        }
    }

    private static Optional<Snapshot> read(Path folder) {
        try {
            Properties session = load(folder.resolve(SESSION));
            String root = session.getProperty("package");
            List<Buffer> buffers = new ArrayList<>();
            for (Path f : bufferFiles(folder)) {
                Properties p = load(f);
                if (p.getProperty("path") != null && p.getProperty("text") != null) {
                    buffers.add(
                            new Buffer(p.getProperty("path"), p.getProperty("text"), p.getProperty("diskHash", "")));
                }
            }
            return root == null || buffers.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Snapshot(folder, Path.of(root), buffers));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("recovery data in {} unreadable, ignoring it", folder, e);
            return Optional.empty();
        }
    }

    private static List<Path> bufferFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(BUFFER))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        }
        return p;
    }

    private static byte[] text(Properties p) throws IOException {
        StringWriter w = new StringWriter();
        p.store(w, "Skill Studio recovery");
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void deleteFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot delete {}", folder, e);
        }
    }
}

package io.skillstudio.evaluator.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.trace.TraceCodec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A run's output folder, written safely. The folder is locked for the run (a second run on it is
 * refused); the run streams {@code results.jsonl} and {@code traces.jsonl} into a fresh staging folder
 * beside it, in files created exclusively and never through a symbolic link; at the end
 * {@code summary.json} and the completion marker {@code complete.json} are written, and the staging
 * folder replaces the output folder as a whole (two renames). A crash at any point leaves either the
 * previous complete run or the new one, never a mix: a later run removes stale staging folders and, if
 * the crash fell between the two renames, puts the previous run back first.
 *
 * <p>Lock and staging live beside the folder ({@code .NAME.lock}, {@code .NAME.staging-ID}) because
 * the folder itself is replaced.
 */
public final class RunOutput implements AutoCloseable {

    public static final String RESULTS = "results.jsonl";
    public static final String TRACES = "traces.jsonl";
    public static final String SUMMARY = "summary.json";
    /** Written last: a folder without it is not a finished run. */
    public static final String COMPLETE = "complete.json";

    /** Files an output folder may hold; a folder with anything else is not ours to replace. */
    private static final Set<String> OWN_FILES = Set.of(RESULTS, TRACES, SUMMARY, COMPLETE, RESULTS + ".tmp",
            TRACES + ".tmp", SUMMARY + ".tmp");
    private static final OpenOption[] EXCLUSIVE = {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS};
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The folder is in use by another run (this process or another). */
    public static final class LockedException extends IOException {
        LockedException(Path out) {
            super("another eval is writing to " + out + " (locked); wait for it or choose another --out");
        }
    }

    private final Path out;
    private final Path staging;
    private final String runId;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Writer results;
    private final Writer traces;
    private boolean finished;

    private RunOutput(Path out, Path staging, String runId, FileChannel lockChannel, FileLock lock) throws IOException {
        this.out = out;
        this.staging = staging;
        this.runId = runId;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.results = exclusiveWriter(staging.resolve(RESULTS));
        this.traces = exclusiveWriter(staging.resolve(TRACES));
    }

    /**
     * Locks {@code out} and opens a staging folder for a new run.
     *
     * @throws LockedException when another run holds the folder
     * @throws IOException when {@code out} is a symbolic link, a file, or a folder holding other files
     */
    public static RunOutput open(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("--out cannot be the file system root");
        }
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        FileChannel channel = FileChannel.open(parent.resolve("." + name + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
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
            checkReplaceable(target);
            String runId = UUID.randomUUID().toString();
            Path staging = parent.resolve("." + name + ".staging-" + runId);
            Files.createDirectory(staging);
            return new RunOutput(target, staging, runId, channel, lock);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** The folder the run will replace. */
    public Path folder() {
        return out;
    }

    public String runId() {
        return runId;
    }

    /** Streams one finished sample's result and trace lines into the staging folder. */
    public void write(Evaluation evaluation) throws IOException {
        results.write(json(evaluation.result()));
        results.write('\n');
        traces.write(TraceCodec.toLine(evaluation.trace()));
        traces.write('\n');
    }

    /**
     * Writes the summary and the completion marker, then moves the run into place as a whole.
     * A cancelled run is published too (its summary says what did not finish).
     */
    public void publish(RunSummary summary) throws IOException {
        results.close();
        traces.close();
        writeExclusive(staging.resolve(SUMMARY), MAPPER.writer(new DefaultPrettyPrinter())
                .with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary) + "\n");
        Map<String, Object> marker = new LinkedHashMap<>();
        marker.put("runId", runId);
        marker.put("status", summary.status());
        marker.put("finished", Instant.now().toString());
        Map<String, Long> files = new LinkedHashMap<>();
        for (String f : List.of(RESULTS, TRACES, SUMMARY)) {
            files.put(f, Files.size(staging.resolve(f)));
        }
        marker.put("bytes", files);
        writeExclusive(staging.resolve(COMPLETE), json(marker) + "\n");
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

    /** Drops the staging folder; the previous run (if any) stays in place. */
    public void discard() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        closeQuietly(results);
        closeQuietly(traces);
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

    /** Serializes a value as one line of JSON. */
    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
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
            if (f.startsWith("." + name + ".old-") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    && Files.exists(p.resolve(COMPLETE), LinkOption.NOFOLLOW_LINKS)) {
                move(p, target);
            } else if (f.startsWith("." + name + ".staging-") || f.startsWith("." + name + ".old-")) {
                deleteTree(p);
            }
        }
    }

    private static void checkReplaceable(Path target) throws IOException {
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
                if (!OWN_FILES.contains(p.getFileName().toString())) {
                    throw new IOException(target + " holds " + p.getFileName() + ", which eval did not write; "
                            + "choose an empty or new --out folder (eval replaces the whole folder)");
                }
            }
        }
    }

    private static Writer exclusiveWriter(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, EXCLUSIVE),
                StandardCharsets.UTF_8), 1 << 16);
    }

    private static void writeExclusive(Path file, String text) throws IOException {
        try (Writer w = exclusiveWriter(file)) {
            w.write(text);
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

    private static void closeQuietly(Writer w) {
        try {
            w.close();
        } catch (IOException ignored) {
            // Discarding: the staging folder is deleted next.
        }
    }
}

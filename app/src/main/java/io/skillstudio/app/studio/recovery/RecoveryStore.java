package io.skillstudio.app.studio.recovery;

import io.skillstudio.model.save.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unsaved buffers copied to {@code <home>/recovery} on a timer. A clean exit or save clears it; when
 * the studio starts and finds something there, the last run crashed and it offers to restore.
 */
public final class RecoveryStore {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryStore.class);
    private static final String INDEX = "recovery.properties";

    /** What a crashed session left: the package folder and its unsaved buffers by relative path. */
    public record Snapshot(Path packageRoot, Map<String, String> buffers) {}

    private final Path dir;

    public RecoveryStore(Path home) {
        this.dir = home.resolve("recovery");
    }

    public Path directory() {
        return dir;
    }

    /** Replaces the stored buffers; an empty map clears them. */
    public void store(Path packageRoot, Map<String, String> buffers) throws IOException {
        if (buffers.isEmpty()) {
            clear();
            return;
        }
        Files.createDirectories(dir);
        Properties index = new Properties();
        index.setProperty("package", packageRoot.toAbsolutePath().toString());
        int i = 0;
        for (Map.Entry<String, String> e : buffers.entrySet()) {
            String name = "buffer-" + i + ".txt";
            AtomicFiles.write(dir.resolve(name), e.getValue().getBytes(StandardCharsets.UTF_8));
            index.setProperty("file." + i, e.getKey());
            i++;
        }
        StringWriter w = new StringWriter();
        index.store(w, "Skill Studio recovery");
        // The index goes last: a crash halfway leaves no index, so no half-restored session is offered.
        AtomicFiles.write(dir.resolve(INDEX), w.toString().getBytes(StandardCharsets.UTF_8));
    }

    public Optional<Snapshot> pending() {
        Path index = dir.resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(index)) {
            Properties p = new Properties();
            p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)));
            Map<String, String> buffers = new LinkedHashMap<>();
            for (int i = 0; p.containsKey("file." + i); i++) {
                Path buffer = dir.resolve("buffer-" + i + ".txt");
                if (Files.isRegularFile(buffer)) {
                    buffers.put(p.getProperty("file." + i), Files.readString(buffer, StandardCharsets.UTF_8));
                }
            }
            String root = p.getProperty("package");
            return root == null || buffers.isEmpty() ? Optional.empty() : Optional.of(new Snapshot(Path.of(root), buffers));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("recovery data unreadable, ignoring it", e);
            return Optional.empty();
        }
    }

    public void clear() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot clear recovery folder", e);
        }
    }
}

package io.skillstudio.evaluator.judge.cache;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.judge.model.ModelReply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON file per reply under {@code dir/<first two hex>/<key>.json}, written to a temp file and
 * moved into place, so concurrent runs never read half a file. A damaged entry is a miss, not an error.
 */
public final class DiskJudgeCache implements JudgeCache {
    private static final Logger LOG = LoggerFactory.getLogger(DiskJudgeCache.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;

    public DiskJudgeCache(Path dir) {
        this.dir = dir;
    }

    @Override
    public Optional<ModelReply> get(String key) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            Map<String, Object> j = MAPPER.readValue(f.toFile(), new TypeReference<Map<String, Object>>() {});
            return Optional.of(ModelReply.fromJson(j));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring damaged judge cache entry {}", f, e);
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, ModelReply reply) {
        Path f = file(key);
        Path tmp = null;
        try {
            Files.createDirectories(f.getParent());
            tmp = Files.createTempFile(f.getParent(), key, ".tmp");
            Files.writeString(tmp, CanonicalJson.write(reply.toJson()));
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write judge cache entry " + f, e);
        } finally {
            deleteLeftover(tmp);
        }
    }

    /** After a failed write or move the temp file would otherwise pile up in the cache directory. */
    private static void deleteLeftover(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            LOG.warn("cannot delete judge cache temp file {}", tmp, e);
        }
    }

    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("cache key must be 64 lowercase hex digits");
        }
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}

package io.skillstudio.serve.http;

import io.skillstudio.serve.engine.EngineLoadException;
import io.skillstudio.serve.engine.EngineLoader;
import io.skillstudio.serve.engine.RewardEngine;
import io.skillstudio.serve.engine.ServedSkill;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine in service. Each request takes it once, so a batch is scored by one package version and its
 * response names that version; a reload swaps it for the next requests only, and a failed reload keeps the old.
 */
final class PinnedEngine {

    /** What a reload did. */
    record Reloaded(ServedSkill previous, ServedSkill current) {
        boolean changed() {
            return !previous.contentHash().equals(current.contentHash());
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PinnedEngine.class);

    private final AtomicReference<RewardEngine> current;
    private final EngineLoader loader;

    PinnedEngine(RewardEngine initial, EngineLoader loader) {
        this.current = new AtomicReference<>(initial);
        this.loader = loader;
    }

    RewardEngine get() {
        return current.get();
    }

    synchronized Reloaded reload() throws EngineLoadException {
        ServedSkill before = current.get().skill();
        RewardEngine next;
        try {
            next = loader.load();
        } catch (EngineLoadException e) {
            LOG.warn(
                    "reload failed, still serving {} {} ({}): {}",
                    before.name(),
                    before.version(),
                    before.contentHash(),
                    e.getMessage());
            throw e;
        }
        current.set(next);
        Reloaded r = new Reloaded(before, next.skill());
        LOG.info(
                "reloaded {}: {} ({}) -> {} ({}){}",
                r.current().source(),
                before.version(),
                before.contentHash(),
                r.current().version(),
                r.current().contentHash(),
                r.changed() ? "" : ", content unchanged");
        return r;
    }
}

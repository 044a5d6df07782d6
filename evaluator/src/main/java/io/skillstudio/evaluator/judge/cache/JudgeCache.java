package io.skillstudio.evaluator.judge.cache;

import io.skillstudio.evaluator.judge.model.ModelReply;
import java.util.Optional;

/** Model replies by request key (see {@code docs/judge.md}, "Cache"). Implementations are thread safe. */
public interface JudgeCache {

    JudgeCache NONE = new JudgeCache() {
        @Override
        public Optional<ModelReply> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, ModelReply reply) {}
    };

    Optional<ModelReply> get(String key);

    void put(String key, ModelReply reply);
}

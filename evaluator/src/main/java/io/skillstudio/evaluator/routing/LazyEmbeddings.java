package io.skillstudio.evaluator.routing;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedder that starts loading on an injected executor and answers "not yet" until it has, so routing
 * ranks lexically at once and adds the embedding score when the model is there. A model that fails to load
 * is reported once and routing stays lexical; it never fails a ranking.
 */
public final class LazyEmbeddings {

    private static final Logger LOG = LoggerFactory.getLogger(LazyEmbeddings.class);

    private final CompletableFuture<TextEmbedder> loading;

    public LazyEmbeddings(Supplier<TextEmbedder> loader, Executor executor) {
        this.loading = CompletableFuture.supplyAsync(loader, executor);
        loading.whenComplete((e, failure) -> {
            if (failure != null) {
                LOG.warn("embedding model unavailable; routing uses the lexical score only", failure);
            }
        });
    }

    /** Already loaded (or nothing to load). */
    public static LazyEmbeddings of(TextEmbedder embedder) {
        return new LazyEmbeddings(() -> embedder, Runnable::run);
    }

    /** No embeddings at all (turned off): routing is lexical only. */
    public static LazyEmbeddings none() {
        return new LazyEmbeddings(() -> null, Runnable::run);
    }

    /** The embedder if it has loaded, without waiting. */
    public Optional<TextEmbedder> now() {
        return loading.isDone() && !loading.isCompletedExceptionally()
                ? Optional.ofNullable(loading.join())
                : Optional.empty();
    }

    /** Waits for the model (the command line does; the studio does not). Empty if it failed to load. */
    public Optional<TextEmbedder> await() throws InterruptedException {
        try {
            return Optional.ofNullable(loading.get());
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    public CompletableFuture<TextEmbedder> future() {
        return loading;
    }
}

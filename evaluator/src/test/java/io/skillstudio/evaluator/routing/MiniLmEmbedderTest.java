package io.skillstudio.evaluator.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The real in-process model, loaded from the jar (no network): meaning, not spelling, drives its cosine. */
class MiniLmEmbedderTest {

    @Test
    void relatedSentencesAreCloserThanUnrelatedOnes() throws InterruptedException {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            LazyEmbeddings lazy = new LazyEmbeddings(MiniLmEmbedder::new, pool);
            TextEmbedder e = lazy.await().orElseThrow();
            assertThat(lazy.now()).isPresent();
            double related =
                    TextEmbedder.cosine(e.embed("The cat sat on the mat."), e.embed("A kitten rested on the rug."));
            double unrelated =
                    TextEmbedder.cosine(e.embed("The cat sat on the mat."), e.embed("Quarterly tax filing deadlines."));
            assertThat(e.embed("x")).hasSize(384);
            assertThat(related).isGreaterThan(unrelated + 0.3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aModelThatFailsToLoadLeavesRoutingLexical() throws InterruptedException {
        LazyEmbeddings broken = new LazyEmbeddings(
                () -> {
                    throw new IllegalStateException("no model");
                },
                Runnable::run);
        assertThat(broken.now()).isEmpty();
        assertThat(broken.await()).isEmpty();
    }

    @Test
    void turnedOffMeansNeverReady() throws InterruptedException {
        assertThat(LazyEmbeddings.none().now()).isEmpty();
        assertThat(LazyEmbeddings.none().await()).isEmpty();
    }
}

package io.skillstudio.serve.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.serve.engine.RewardEngine;
import io.skillstudio.serve.engine.ServedSkill;
import io.skillstudio.serve.engine.SkillRewardEngine;
import io.skillstudio.serve.testsupport.Http;
import io.skillstudio.serve.testsupport.SampleSkill;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** With a concurrency of 1 held by a request that blocks inside scoring, the next request gets 503 at once. */
class OverloadTest {

    /** Scores like the real engine, but holds each caller until released. */
    private static final class BlockingEngine implements RewardEngine {
        final RewardEngine real;
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean onVirtualThread;

        BlockingEngine(RewardEngine real) {
            this.real = real;
        }

        @Override
        public ServedSkill skill() {
            return real.skill();
        }

        @Override
        public Evaluation evaluate(Sample sample) {
            onVirtualThread = Thread.currentThread().isVirtual();
            entered.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.evaluate(sample);
        }

        @Override
        public Evaluation invalid(String sampleId, String detail) {
            return real.invalid(sampleId, detail);
        }
    }

    @Test
    void theRequestBeyondMaxConcurrencyIs503AndTheHeldOneStillCompletes() throws Exception {
        BlockingEngine engine =
                new BlockingEngine(SkillRewardEngine.load(SampleSkill.PACKAGE, Optional.empty(), Optional.empty()));
        try (RewardServer server = RewardServer.start(SampleSkill.config().withMaxConcurrency(1), () -> engine)) {
            String url = SampleSkill.url(server, "/get_reward");
            String one = "{\"query\": [\"Q: hi A: fine\"], \"prompts\": [\"Q: hi\"], \"labels\": [null]}";
            CompletableFuture<Http.Reply> held = CompletableFuture.supplyAsync(() -> Http.post(url, one));
            assertThat(engine.entered.await(30, TimeUnit.SECONDS))
                    .as("first request reached the engine")
                    .isTrue();
            assertThat(engine.onVirtualThread)
                    .as("a one-item request is scored on its virtual request thread")
                    .isTrue();

            Http.Reply refused = Http.post(url, one);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.json().get("error").asText()).startsWith("overloaded");
            assertThat(refused.json().get("skill").get("contentHash").asText())
                    .isEqualTo(server.skill().contentHash());
            assertThat(Http.post(SampleSkill.url(server, "/v1/rewards"), "{\"samples\": []}")
                            .status())
                    .isEqualTo(503);
            assertThat(Http.get(SampleSkill.url(server, "/health"))
                            .json()
                            .get("inFlight")
                            .asInt())
                    .isEqualTo(1);

            engine.release.countDown();
            Http.Reply done = held.get(30, TimeUnit.SECONDS);
            assertThat(done.status()).isEqualTo(200);
            assertThat(done.json().get("rewards").get(0).isNumber()).isTrue();
            assertThat(Http.post(url, one).status()).isEqualTo(200);
            assertThat(Http.get(SampleSkill.url(server, "/metrics")).body())
                    .contains("skillstudio_requests_total{endpoint=\"/get_reward\",status=\"503\"} 1.0");
        }
    }
}

package io.skillstudio.serve.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.score.Decision;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's Prometheus metrics (Micrometer): requests by endpoint and status, rewards scored,
 * unscored by reason, and a latency histogram per endpoint.
 */
final class ServerMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger inFlight = new AtomicInteger();

    ServerMetrics() {
        Gauge.builder("skillstudio.requests.inflight", inFlight, AtomicInteger::get)
                .description("Scoring requests being served now").register(registry);
    }

    AtomicInteger inFlight() {
        return inFlight;
    }

    void request(String endpoint, int status, long nanos) {
        Counter.builder("skillstudio.requests").description("HTTP requests by endpoint and status")
                .tag("endpoint", endpoint).tag("status", Integer.toString(status)).register(registry).increment();
        Timer.builder("skillstudio.request.latency").description("Request latency, body read to response written")
                .tag("endpoint", endpoint).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(100_000)).maximumExpectedValue(Duration.ofSeconds(300))
                .register(registry).record(Duration.ofNanos(nanos));
    }

    void rewards(List<Evaluation> evals) {
        for (Evaluation e : evals) {
            Decision d = e.result().decision();
            Counter.builder("skillstudio.rewards").description("Items scored, by status")
                    .tag("status", d.isScored() ? "scored" : "unscored").register(registry).increment();
            if (!d.isScored()) {
                Counter.builder("skillstudio.unscored").description("Unscored items by reason code")
                        .tag("reason", d.reason().code()).register(registry).increment();
            }
        }
    }

    /** The Prometheus text exposition format. */
    String scrape() {
        return registry.scrape();
    }
}

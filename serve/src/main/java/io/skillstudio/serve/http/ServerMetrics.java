package io.skillstudio.serve.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.serve.engine.ServedSkill;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's Prometheus metrics (Micrometer): requests by endpoint and status, rewards scored,
 * unscored by reason, and a latency histogram per endpoint. Meters are built once and kept, because
 * building one per request (histogram configuration included) costs more than recording.
 */
final class ServerMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, Counter> requests = new ConcurrentHashMap<>();
    private final Map<String, Timer> latency = new ConcurrentHashMap<>();
    private final Counter scored;
    private final Counter unscored;
    private final Counter partial;
    private final Map<UnscoredReason, Counter> partialByReason = new EnumMap<>(UnscoredReason.class);
    private final Map<UnscoredReason, Counter> byReason = new EnumMap<>(UnscoredReason.class);
    private Gauge skillInfo;

    ServerMetrics() {
        Gauge.builder("skillstudio.requests.inflight", inFlight, AtomicInteger::get)
                .description("Scoring requests being served now")
                .register(registry);
        scored = rewards("scored");
        partial = rewards("partial");
        unscored = rewards("unscored");
        // Every reason from the start, so a rate over a new reason starts at 0 instead of appearing mid-run.
        for (UnscoredReason r : UnscoredReason.values()) {
            byReason.put(
                    r,
                    Counter.builder("skillstudio.unscored")
                            .description("Unscored items by reason code")
                            .tag("reason", r.code())
                            .register(registry));
            partialByReason.put(
                    r,
                    Counter.builder("skillstudio.partial")
                            .description("Items scored from the judged items only, by why the others were unjudged")
                            .tag("reason", r.code())
                            .register(registry));
        }
    }

    private Counter rewards(String status) {
        return Counter.builder("skillstudio.rewards")
                .description("Items scored, by status")
                .tag("status", status)
                .register(registry);
    }

    /** {@code skillstudio_skill_info{name, version, content_hash} 1} for the package serving now; replaced on reload. */
    synchronized void serving(ServedSkill skill) {
        if (skillInfo != null) {
            registry.remove(skillInfo);
        }
        skillInfo = Gauge.builder("skillstudio.skill.info", () -> 1)
                .description("The skill package being served")
                .tag("name", skill.name())
                .tag("version", skill.version())
                .tag("content_hash", skill.contentHash())
                .register(registry);
    }

    AtomicInteger inFlight() {
        return inFlight;
    }

    void request(String endpoint, int status, long nanos) {
        requests.computeIfAbsent(
                        endpoint + " " + status,
                        k -> Counter.builder("skillstudio.requests")
                                .description("HTTP requests by endpoint and status")
                                .tag("endpoint", endpoint)
                                .tag("status", Integer.toString(status))
                                .register(registry))
                .increment();
        latency.computeIfAbsent(
                        endpoint,
                        k -> Timer.builder("skillstudio.request.latency")
                                .description("Request latency, body read to response written")
                                .tag("endpoint", endpoint)
                                .publishPercentileHistogram()
                                .minimumExpectedValue(Duration.ofNanos(100_000))
                                .maximumExpectedValue(Duration.ofSeconds(300))
                                .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    void rewards(List<Evaluation> evals) {
        for (Evaluation e : evals) {
            Decision d = e.result().decision();
            if (d.hasValue()) {
                // A partial value is served as the reward; its items nobody judged are in the result.
                scored.increment();
            } else if (d.hasValue()) {
                partial.increment();
                partialByReason.get(d.reason()).increment();
            } else {
                unscored.increment();
                byReason.get(d.reason()).increment();
            }
        }
    }

    /** The Prometheus text exposition format. */
    String scrape() {
        return registry.scrape();
    }
}

package io.skillstudio.serve.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.serve.engine.EngineLoadException;
import io.skillstudio.serve.engine.EngineLoader;
import io.skillstudio.serve.engine.RewardEngine;
import io.skillstudio.serve.engine.ServedSkill;
import io.skillstudio.serve.wire.BadRequest;
import io.skillstudio.serve.wire.FormedItem;
import io.skillstudio.serve.wire.GetRewardRequest;
import io.skillstudio.serve.wire.JsonBody;
import io.skillstudio.serve.wire.RewardResponses;
import io.skillstudio.serve.wire.RewardsRequest;
import io.skillstudio.serve.wire.UnscoredRefused;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reward server on Javalin (docs/serve.md, ADR 0004). Stateless between requests apart from the pinned
 * engine and the metrics, so several servers behind one client list scale out. Admission is bounded
 * ({@code maxConcurrency}, then 503), bodies are bounded ({@code maxBodyBytes}, then 413). A one-item request
 * is scored on its request thread; the items of a batch are spread over a fixed pool of {@code threads}
 * platform threads, because scoring is CPU work.
 */
public final class RewardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RewardServer.class);
    private static final String JSON = "application/json";
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    /** Handlers that may throw the wire exceptions; {@link #serve} maps them to statuses. */
    @FunctionalInterface
    private interface Endpoint {
        ObjectNode handle(Context ctx, RewardEngine engine) throws EngineLoadException;
    }

    private final ServerConfig config;
    private final PinnedEngine engine;
    private final ServerMetrics metrics = new ServerMetrics();
    private final Semaphore admission;
    private final ExecutorService scoring;
    private final Javalin app;

    private RewardServer(ServerConfig config, PinnedEngine engine) {
        this.config = config;
        this.engine = engine;
        this.admission = new Semaphore(config.maxConcurrency());
        AtomicInteger n = new AtomicInteger();
        this.scoring = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "skillstudio-score-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // Jetty's recommended set-up: selectors on a small platform pool, each request handled on a virtual
        // thread. Batch scoring stays on the platform pool above, because it is CPU work.
        QueuedThreadPool jettyPool = new QueuedThreadPool(32, 4);
        jettyPool.setName("skillstudio-http");
        jettyPool.setVirtualThreadsExecutor(Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("skillstudio-request-", 1).factory()));
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.jetty.threadPool = jettyPool;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            // Every answer names the package, 404s and /metrics included; scoring answers name the engine they used.
            cfg.routes.before(ctx -> nameSkill(ctx, engine.get().skill()));
            cfg.routes.post("/get_reward", ctx -> serve(ctx, "/get_reward", true, this::getReward));
            cfg.routes.post("/v1/rewards", ctx -> serve(ctx, "/v1/rewards", true, this::rewards));
            cfg.routes.get("/health", ctx -> serve(ctx, "/health", false, (c, e) -> health(e)));
            cfg.routes.get("/metrics", this::metricsText);
            cfg.routes.post("/admin/reload", ctx -> serve(ctx, "/admin/reload", false, this::reload));
        });
    }

    /**
     * Starts a server on the engine {@code loader} gives now; {@code /admin/reload} calls it again.
     *
     * @throws EngineLoadException when the package cannot be loaded
     */
    public static RewardServer start(ServerConfig config, EngineLoader loader) throws EngineLoadException {
        RewardServer server = new RewardServer(config, new PinnedEngine(loader.load(), loader));
        server.metrics.serving(server.skill());
        server.app.start();
        ServedSkill s = server.skill();
        LOG.info(
                "serving {} {} ({}) on http://{}:{} (threads {}, max concurrency {}, max body {} bytes,"
                        + " unscored as {}, partial as {})",
                s.name(),
                s.version(),
                s.contentHash(),
                config.host(),
                server.port(),
                config.threads(),
                config.maxConcurrency(),
                config.maxBodyBytes(),
                config.policy().code(),
                config.partialPolicy().code());
        return server;
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** The package being served now. */
    public ServedSkill skill() {
        return engine.get().skill();
    }

    @Override
    public void close() {
        app.stop();
        scoring.shutdownNow();
    }

    private ObjectNode getReward(Context ctx, RewardEngine e) {
        List<FormedItem> items = GetRewardRequest.parse(JsonBody.readObject(body(ctx)), config.stripSuffixes());
        List<Evaluation> evals = score(e, items);
        metrics.rewards(evals);
        return RewardResponses.getReward(evals, config.policy(), config.partialPolicy(), e.skill());
    }

    private ObjectNode rewards(Context ctx, RewardEngine e) {
        RewardsRequest req = RewardsRequest.parse(JsonBody.readObject(body(ctx)));
        List<Evaluation> evals = score(e, req.items());
        metrics.rewards(evals);
        return RewardResponses.rewards(evals, req.traces(), e.skill());
    }

    private ObjectNode health(RewardEngine e) {
        ObjectNode out = JsonBody.MAPPER.createObjectNode();
        out.put("status", "ok");
        out.putPOJO("skill", e.skill());
        out.put("unscoredPolicy", config.policy().code());
        out.put("partialPolicy", config.partialPolicy().code());
        out.putObject("limits")
                .put("threads", config.threads())
                .put("maxConcurrency", config.maxConcurrency())
                .put("maxBodyBytes", config.maxBodyBytes());
        out.put("inFlight", metrics.inFlight().get());
        return out;
    }

    private ObjectNode reload(Context ctx, RewardEngine e) throws EngineLoadException {
        if (!loopback(ctx.req().getRemoteAddr())) {
            LOG.warn("refused /admin/reload from {}", ctx.req().getRemoteAddr());
            throw new Forbidden("/admin/reload is accepted from the loopback interface only");
        }
        PinnedEngine.Reloaded r = engine.reload();
        metrics.serving(r.current());
        ObjectNode out = JsonBody.MAPPER.createObjectNode();
        out.putPOJO("previous", r.previous());
        out.putPOJO("skill", r.current());
        out.put("changed", r.changed());
        return out;
    }

    private void metricsText(Context ctx) {
        ctx.contentType(PROMETHEUS_TEXT).result(metrics.scrape());
    }

    /** Runs an endpoint with the engine taken once, maps failures to statuses and records metrics. */
    private void serve(Context ctx, String name, boolean scoringEndpoint, Endpoint endpoint) {
        long t0 = System.nanoTime();
        RewardEngine e = engine.get();
        if (scoringEndpoint && !admission.tryAcquire()) {
            reply(
                    ctx,
                    503,
                    RewardResponses.error(
                            "overloaded: " + config.maxConcurrency() + " requests are being scored; retry later",
                            e.skill()),
                    e.skill());
            ctx.header("Retry-After", "1");
            metrics.request(name, 503, System.nanoTime() - t0);
            return;
        }
        if (scoringEndpoint) {
            metrics.inFlight().incrementAndGet();
        }
        int status = 200;
        try {
            ObjectNode out;
            try {
                out = endpoint.handle(ctx, e);
            } catch (BodyTooLarge x) {
                status = 413;
                out = RewardResponses.error(x.getMessage(), e.skill());
            } catch (BadRequest x) {
                status = 400;
                out = RewardResponses.error(x.getMessage(), e.skill());
            } catch (UnscoredRefused x) {
                status = 422;
                out = x.body();
            } catch (Forbidden x) {
                status = 403;
                out = RewardResponses.error(x.getMessage(), e.skill());
            } catch (EngineLoadException x) {
                status = 409;
                out = RewardResponses.error(
                        "reload failed, still serving " + e.skill().contentHash() + ": " + x.getMessage(), e.skill());
            } catch (RuntimeException x) {
                LOG.error("{} failed", name, x);
                status = 500;
                out = RewardResponses.error("internal error: " + x, e.skill());
            }
            // A scoring response names the engine that scored it; the others name the one serving now (after a reload).
            reply(ctx, status, out, scoringEndpoint ? e.skill() : engine.get().skill());
        } finally {
            if (scoringEndpoint) {
                metrics.inFlight().decrementAndGet();
                admission.release();
            }
            metrics.request(name, status, System.nanoTime() - t0);
        }
    }

    private static void nameSkill(Context ctx, ServedSkill skill) {
        ctx.header("X-Skill-Name", skill.name());
        ctx.header("X-Skill-Version", skill.version());
        ctx.header("X-Skill-Content-Hash", skill.contentHash());
    }

    private static void reply(Context ctx, int status, ObjectNode body, ServedSkill skill) {
        ctx.status(status);
        nameSkill(ctx, skill);
        try {
            ctx.contentType(JSON).result(JsonBody.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("response not serializable", x);
        }
    }

    /** The body, at most {@code maxBodyBytes}; chunked bodies without a length are bounded the same way. */
    private byte[] body(Context ctx) {
        long max = config.maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw new BodyTooLarge(declared, max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > max) {
                throw new BodyTooLarge(-1, max);
            }
            return bytes;
        } catch (IOException x) {
            throw new BadRequest("unreadable body: " + x.getMessage());
        }
    }

    private List<Evaluation> score(RewardEngine e, List<FormedItem> items) {
        if (items.size() <= 1) {
            // OpenRLHF sends one rollout per call: a hand-off to the pool would only add latency.
            return items.stream().map(item -> evaluate(e, item)).toList();
        }
        List<Future<Evaluation>> futures = new ArrayList<>(items.size());
        for (FormedItem item : items) {
            futures.add(scoring.submit(() -> evaluate(e, item)));
        }
        List<Evaluation> out = new ArrayList<>(items.size());
        try {
            for (Future<Evaluation> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("interrupted while scoring", x);
        } catch (ExecutionException x) {
            throw new IllegalStateException("scoring failed", x.getCause());
        }
        return out;
    }

    private static Evaluation evaluate(RewardEngine e, FormedItem item) {
        return item.sample().map(e::evaluate).orElseGet(() -> e.invalid(item.id(), item.problem()));
    }

    private static boolean loopback(String address) {
        try {
            // getRemoteAddr is an IP literal, so this does no name lookup.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException x) {
            return false;
        }
    }

    /** A body over the limit: 413 before anything is parsed. */
    private static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge(long declared, long max) {
            super("body too large: " + (declared >= 0 ? declared + " bytes, " : "") + "more than the limit of " + max
                    + " bytes (--max-body)");
        }
    }

    /** The caller may not use this endpoint. */
    private static final class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }
}

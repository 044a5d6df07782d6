package io.skillstudio.app.cli;

import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.serve.engine.EngineLoadException;
import io.skillstudio.serve.engine.InvalidPackageException;
import io.skillstudio.serve.engine.SkillRewardEngine;
import io.skillstudio.serve.http.RewardServer;
import io.skillstudio.serve.http.ServerConfig;
import io.skillstudio.serve.wire.PartialPolicy;
import io.skillstudio.serve.wire.UnscoredPolicy;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skillstudio serve}: the reward server for RL trainers (docs/serve.md). Runs until the process is
 * stopped (Ctrl-C, SIGTERM); exit 0 then, 1 when the package fails validation (unless {@code --allow-invalid}),
 * 2 when it cannot be loaded or the port not bound.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve a skill's rewards over HTTP: OpenRLHF's POST /get_reward, POST /v1/rewards,"
                + " GET /health, GET /metrics.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped",
            "1:the package fails validation (see --allow-invalid)",
            "2:usage error, unloadable package or port not available"
        })
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--skill",
            required = true,
            paramLabel = "PKG_OR_BUNDLE",
            description = "Skill package folder or .zip bundle; read once and pinned in memory.")
    Path skill;

    @Option(
            names = "--host",
            defaultValue = ServerConfig.DEFAULT_HOST,
            paramLabel = "HOST",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(
            names = "--port",
            defaultValue = "" + ServerConfig.DEFAULT_PORT,
            paramLabel = "PORT",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Samples scored at once (default: the number of cores).")
    Integer threads;

    @Option(
            names = "--unscored-as",
            defaultValue = "skip",
            paramLabel = "skip|VALUE|error",
            description = "/get_reward's answer for an unscored item: null (skip), a number, or HTTP 422 for the"
                    + " request (error). Counted in extra_logs either way (default: ${DEFAULT-VALUE}).")
    String unscoredAs;

    @Option(
            names = "--partial-as",
            defaultValue = "value",
            paramLabel = "value|unscored",
            description = "/get_reward's answer for a partial item (some checklist items unjudged): its value from"
                    + " the judged items, or as an unscored item under --unscored-as. Flagged partial in extra_logs"
                    + " either way (default: ${DEFAULT-VALUE}).")
    String partialAs;

    @Option(
            names = "--max-body",
            defaultValue = "" + ServerConfig.DEFAULT_MAX_BODY,
            paramLabel = "BYTES",
            description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(
            names = "--max-concurrency",
            defaultValue = "" + ServerConfig.DEFAULT_MAX_CONCURRENCY,
            paramLabel = "N",
            description = "Scoring requests admitted at once; the next gets 503 (default: ${DEFAULT-VALUE}).")
    int maxConcurrency;

    @Option(names = "--checklist", paramLabel = "ID", description = "Checklist resource id (default: the first one).")
    String checklist;

    @Option(
            names = "--strip-suffix",
            paramLabel = "TOKEN",
            description = "Remove this token from the end of each /get_reward response (repeatable), e.g."
                    + " --strip-suffix '<|im_end|>' --strip-suffix '<|endoftext|>'.")
    List<String> stripSuffixes = List.of();

    @Option(
            names = "--allow-invalid",
            description = "Serve a package that fails validation (recorded in every result's provenance).")
    boolean allowInvalid;

    @Mixin
    JudgeOptions judge;

    /** Completed with the running server; tests read the port from it. */
    final CompletableFuture<RewardServer> started = new CompletableFuture<>();

    /** Counted down to stop the server; the shutdown hook does it, and tests may. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        Optional<Judge> modelJudge;
        try {
            config = new ServerConfig(
                    host,
                    port,
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    maxConcurrency,
                    maxBody,
                    UnscoredPolicy.parse(unscoredAs),
                    stripSuffixes,
                    PartialPolicy.parse(partialAs));
            modelJudge = judge.createJudge(err);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return EvalCommand.USAGE;
        }
        Optional<String> checklistId = Optional.ofNullable(checklist);
        RewardServer server;
        try {
            server = RewardServer.start(
                    config, () -> SkillRewardEngine.load(skill, checklistId, modelJudge, allowInvalid));
        } catch (InvalidPackageException e) {
            e.diagnostics().forEach(d -> EvalCommand.printDiagnostic(err, d));
            err.println("error: " + e.summary());
            return EvalCommand.INPUT_DEFECTS;
        } catch (EngineLoadException e) {
            err.println("error: " + e.getMessage());
            return EvalCommand.USAGE;
        } catch (RuntimeException e) {
            // Jetty reports a port in use or an unknown host as a runtime exception from start().
            err.println("error: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return EvalCommand.USAGE;
        }
        if (!isLoopback(host)) {
            err.println("warning: listening on " + host + " without authentication; /admin/reload stays loopback-only");
        }
        out.printf(
                "serving %s %s (content %s) on http://%s:%d%n",
                server.skill().name(), server.skill().version(), server.skill().contentHash(), host, server.port());
        out.flush();
        Thread hook = new Thread(stop::countDown, "skillstudio-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        started.complete(server);
        try {
            stop.await();
        } finally {
            server.close();
            removeHook(hook);
        }
        return EvalCommand.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already; the hook is running or ran
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}

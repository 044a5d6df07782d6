package io.skillstudio.serve.http;

import io.skillstudio.serve.wire.PartialPolicy;
import io.skillstudio.serve.wire.UnscoredPolicy;
import java.util.List;
import java.util.Objects;

/**
 * How a reward server runs.
 *
 * @param port 0 picks a free port (tests)
 * @param threads threads scoring the items of batch requests (a one-item request is scored on its own thread)
 * @param maxConcurrency requests admitted at once; the next one gets 503 at once
 * @param maxBodyBytes larger bodies get 413 before they are parsed
 * @param stripSuffixes tokens removed from the end of each response (e.g. {@code <|im_end|>})
 * @param partialPolicy what {@code /get_reward} sends for a partial result ({@code --partial-as})
 */
public record ServerConfig(
        String host,
        int port,
        int threads,
        int maxConcurrency,
        long maxBodyBytes,
        UnscoredPolicy policy,
        List<String> stripSuffixes,
        PartialPolicy partialPolicy) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 5000;
    public static final int DEFAULT_MAX_CONCURRENCY = 64;
    public static final long DEFAULT_MAX_BODY = 8L * 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(partialPolicy, "partialPolicy");
        stripSuffixes = List.copyOf(stripSuffixes);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535, got " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("--max-concurrency must be at least 1, got " + maxConcurrency);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("--max-body must be at least 1 byte, got " + maxBodyBytes);
        }
    }

    /** A partial result sends its value ({@link PartialPolicy#VALUE}). */
    public ServerConfig(
            String host,
            int port,
            int threads,
            int maxConcurrency,
            long maxBodyBytes,
            UnscoredPolicy policy,
            List<String> stripSuffixes) {
        this(host, port, threads, maxConcurrency, maxBodyBytes, policy, stripSuffixes, PartialPolicy.VALUE);
    }

    /** Defaults for everything but the policy: loopback, port 5000, one scoring thread per core. */
    public static ServerConfig defaults(UnscoredPolicy policy) {
        return new ServerConfig(
                DEFAULT_HOST,
                DEFAULT_PORT,
                Runtime.getRuntime().availableProcessors(),
                DEFAULT_MAX_CONCURRENCY,
                DEFAULT_MAX_BODY,
                policy,
                List.of());
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, threads, maxConcurrency, maxBodyBytes, policy, stripSuffixes, partialPolicy);
    }

    public ServerConfig withMaxConcurrency(int n) {
        return new ServerConfig(host, port, threads, n, maxBodyBytes, policy, stripSuffixes, partialPolicy);
    }

    public ServerConfig withMaxBody(long bytes) {
        return new ServerConfig(host, port, threads, maxConcurrency, bytes, policy, stripSuffixes, partialPolicy);
    }

    public ServerConfig withPolicy(UnscoredPolicy p) {
        return new ServerConfig(host, port, threads, maxConcurrency, maxBodyBytes, p, stripSuffixes, partialPolicy);
    }

    public ServerConfig withStripSuffixes(List<String> s) {
        return new ServerConfig(host, port, threads, maxConcurrency, maxBodyBytes, policy, s, partialPolicy);
    }

    public ServerConfig withPartialPolicy(PartialPolicy p) {
        return new ServerConfig(host, port, threads, maxConcurrency, maxBodyBytes, policy, stripSuffixes, p);
    }
}

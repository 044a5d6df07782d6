package io.skillstudio.evaluator.ifeval.bench;

import io.skillstudio.evaluator.ifeval.IfevalEvaluator;
import io.skillstudio.evaluator.ifeval.IfevalFiles;
import io.skillstudio.evaluator.ifeval.IfevalInput;
import io.skillstudio.evaluator.ifeval.PreparedPrompt;
import io.skillstudio.evaluator.stats.Percentiles;
import io.skillstudio.model.load.CheckoutPaths;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times IFEval reward calls: one call scores all instructions of one prompt on its response, strict
 * or loose. Latency percentiles come from single-thread runs timed per call; throughput is measured
 * on one thread and on N threads, each thread sweeping all prompts {@code iterations} times.
 */
public final class IfevalBenchmark {

    /** A prompt with the response to score. */
    public record Case(PreparedPrompt prompt, String response) {}

    /**
     * Per-call latency percentiles in microseconds, and rewards per second: wall clock on one and on
     * all threads, and per second of the single thread's own CPU time (what one dedicated core would
     * do; on a machine shared with other jobs the wall-clock rates fall, this one much less).
     */
    public record ModeStats(
            String mode,
            long calls,
            double p50,
            double p90,
            double p99,
            double max,
            double perSecondOneThread,
            double perSecondAllThreads,
            double perCpuSecond) {}

    public record Result(int prompts, int threads, int iterations, List<ModeStats> modes) {
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(
                    Locale.ROOT,
                    "IFEval reward calls: %d prompts x %d iterations, %d threads%n",
                    prompts,
                    iterations,
                    threads));
            sb.append(String.format(
                    Locale.ROOT,
                    "%-7s %10s %9s %9s %9s %9s %14s %14s %14s%n",
                    "mode",
                    "calls",
                    "p50 us",
                    "p90 us",
                    "p99 us",
                    "max us",
                    "rewards/s 1t",
                    "rewards/s " + threads + "t",
                    "per CPU-s 1t"));
            for (ModeStats m : modes) {
                sb.append(String.format(
                        Locale.ROOT,
                        "%-7s %10d %9.1f %9.1f %9.1f %9.1f %14.0f %14.0f %14.0f%n",
                        m.mode(),
                        m.calls(),
                        m.p50(),
                        m.p90(),
                        m.p99(),
                        m.max(),
                        m.perSecondOneThread(),
                        m.perSecondAllThreads(),
                        m.perCpuSecond()));
            }
            return sb.toString();
        }
    }

    /** The official GPT-4 prompt file and its responses, under shared/data (the defaults of every IFEval benchmark). */
    public static final String DEFAULT_INPUT = "ifeval/input_data_gpt4_20231107_145030.jsonl";

    public static final String DEFAULT_RESPONSES = "ifeval/input_response_data_gpt4_20231107_145030.jsonl";

    /** {@code relative} under the nearest {@code shared/data} above the working directory, if there is one. */
    public static Optional<Path> sharedData(String relative) {
        return CheckoutPaths.sharedData(relative);
    }

    /** Every input row that has a response, prepared once (as a reward server would), in file order. */
    public static List<Case> load(IfevalEvaluator evaluator, Path input, Path responses) throws IOException {
        IfevalFiles.Loaded<IfevalInput> inputs = IfevalFiles.readInputs(input);
        Map<String, String> byPrompt =
                IfevalFiles.byPrompt(IfevalFiles.readResponses(responses).rows());
        List<Case> cases = new ArrayList<>();
        for (IfevalInput row : inputs.rows()) {
            String response = byPrompt.get(row.prompt());
            if (response != null) {
                cases.add(new Case(evaluator.prepare(row), response));
            }
        }
        return cases;
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final IfevalEvaluator evaluator;
    private final List<Case> cases;
    /** Keeps results observable so the JIT cannot drop the calls. */
    private volatile int sink;

    public IfevalBenchmark(IfevalEvaluator evaluator, List<Case> cases) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no prompts to benchmark");
        }
        this.evaluator = evaluator;
        this.cases = List.copyOf(cases);
    }

    public Result run(int threads, int iterations, int warmupIterations) throws InterruptedException {
        for (int i = 0; i < warmupIterations; i++) {
            sweep(false);
            sweep(true);
        }
        List<ModeStats> modes = new ArrayList<>();
        for (boolean loose : new boolean[] {false, true}) {
            long[] nanos = new long[cases.size() * iterations];
            int k = 0;
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            for (int it = 0; it < iterations; it++) {
                for (Case c : cases) {
                    long t0 = System.nanoTime();
                    sink += evaluator.evaluate(c.prompt(), c.response(), loose).all() ? 1 : 0;
                    nanos[k++] = System.nanoTime() - t0;
                }
            }
            double oneThread = nanos.length / ((System.nanoTime() - start) / 1e9);
            double perCpu = nanos.length / ((CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            double allThreads = parallel(threads, iterations, loose);
            Arrays.sort(nanos);
            modes.add(new ModeStats(
                    loose ? "loose" : "strict",
                    nanos.length,
                    pct(nanos, 0.50),
                    pct(nanos, 0.90),
                    pct(nanos, 0.99),
                    nanos[nanos.length - 1] / 1e3,
                    oneThread,
                    allThreads,
                    perCpu));
        }
        return new Result(cases.size(), threads, iterations, modes);
    }

    private void sweep(boolean loose) {
        for (Case c : cases) {
            sink += evaluator.evaluate(c.prompt(), c.response(), loose).all() ? 1 : 0;
        }
    }

    private double parallel(int threads, int iterations, boolean loose) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int it = 0; it < iterations; it++) {
                        sweep(loose);
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("benchmark thread failed", e.getCause());
                }
            }
            return (double) threads * iterations * cases.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Nearest-rank percentile in microseconds. */
    static double pct(long[] sorted, double q) {
        return Percentiles.ofSorted(Arrays.stream(sorted).asDoubleStream().toArray(), q * 100) / 1e3;
    }
}

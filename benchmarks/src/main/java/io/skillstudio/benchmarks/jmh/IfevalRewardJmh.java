package io.skillstudio.benchmarks.jmh;

import io.skillstudio.evaluator.ifeval.IfevalEvaluator;
import io.skillstudio.evaluator.ifeval.bench.IfevalBenchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One IFEval reward call as a trainer makes it: all instructions of one prompt on its response,
 * strict or loose, with the prompt prepared once beforehand. Each thread walks the 541 official GPT-4
 * prompts from its own cursor and hands every result to its own Blackhole (JMH's per-thread sink), so
 * threads share nothing but the read-only evaluator. Data: {@code -Difeval.input=} and
 * {@code -Difeval.responses=}, else shared/data/ifeval found above the working directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class IfevalRewardJmh {

    private IfevalEvaluator evaluator;
    private List<IfevalBenchmark.Case> cases;

    /** The next prompt of one thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup
    public void load() throws IOException {
        evaluator = new IfevalEvaluator();
        cases = IfevalBenchmark.load(
                evaluator,
                file("ifeval.input", IfevalBenchmark.DEFAULT_INPUT),
                file("ifeval.responses", IfevalBenchmark.DEFAULT_RESPONSES));
        if (cases.isEmpty()) {
            throw new IllegalStateException("no IFEval prompt has a response");
        }
    }

    @Benchmark
    public void strict(Cursor cursor, Blackhole sink) {
        IfevalBenchmark.Case c = next(cursor);
        sink.consume(evaluator.evaluate(c.prompt(), c.response(), false));
    }

    @Benchmark
    public void loose(Cursor cursor, Blackhole sink) {
        IfevalBenchmark.Case c = next(cursor);
        sink.consume(evaluator.evaluate(c.prompt(), c.response(), true));
    }

    private IfevalBenchmark.Case next(Cursor cursor) {
        IfevalBenchmark.Case c = cases.get(cursor.next);
        cursor.next = cursor.next + 1 == cases.size() ? 0 : cursor.next + 1;
        return c;
    }

    private static Path file(String property, String sharedDefault) {
        String given = System.getProperty(property);
        if (given != null) {
            return Path.of(given);
        }
        return IfevalBenchmark.sharedData(sharedDefault)
                .orElseThrow(() -> new IllegalStateException(
                        "set -D" + property + "=FILE (shared/data/" + sharedDefault + " was not found)"));
    }
}

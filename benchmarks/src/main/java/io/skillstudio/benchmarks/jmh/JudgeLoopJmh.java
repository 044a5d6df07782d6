package io.skillstudio.benchmarks.jmh;

import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.judge.JudgeOutcome;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.judge.bench.JudgeOverheadBench;
import io.skillstudio.model.load.SkillPackage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The judge loop's own cost: one full 4-turn session (prompt building, tool dispatch, a verifier run,
 * JSON, answer parsing, cache-key hashing, the trace) against the zero-latency scripted model, so no
 * model time is in the figure. Divide by 4 for the per-step overhead that {@code skillstudio bench
 * judge} reports. Samples differ per call and per thread; outcomes go to each thread's Blackhole.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class JudgeLoopJmh {

    private Judge judge;
    private SkillPackage pkg;

    /** The samples one thread judges, numbered apart from other threads'. */
    @State(Scope.Thread)
    public static class Samples {
        private static final AtomicInteger THREADS = new AtomicInteger();
        final int base = THREADS.getAndIncrement() * 1_000_000;
        int next;

        JudgeSample next() {
            return JudgeOverheadBench.sample(base + (next++ % 1_000_000));
        }
    }

    @Setup
    public void setUp() {
        judge = JudgeOverheadBench.scriptedJudge();
        pkg = JudgeOverheadBench.benchPackage();
    }

    @Benchmark
    public void session(Samples samples, Blackhole sink) {
        JudgeOutcome o = judge.judge(pkg, JudgeOverheadBench.PACKAGE_HASH, samples.next());
        if (!o.scored()) {
            throw new IllegalStateException("scripted session did not score: " + o.reason() + " " + o.detail());
        }
        sink.consume(o);
    }
}

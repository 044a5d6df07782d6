package io.skillstudio.app.cli;

import io.skillstudio.evaluator.ifeval.IfevalEvaluator;
import io.skillstudio.evaluator.ifeval.bench.IfevalBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code skillstudio bench}: micro-benchmarks of reward paths. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark reward computation.",
        subcommands = {BenchCommand.Ifeval.class, BenchJudge.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code skillstudio bench ifeval}: per-call latency and throughput of IFEval rewards. */
    @Command(
            name = "ifeval",
            mixinStandardHelpOptions = true,
            description = "Time IFEval reward calls (all instructions of one prompt, strict and loose).")
    static final class Ifeval implements Callable<Integer> {

        private static final String INPUT = IfevalBenchmark.DEFAULT_INPUT;
        private static final String RESPONSES = IfevalBenchmark.DEFAULT_RESPONSES;

        @Spec
        CommandSpec spec;

        @Option(names = "--input", paramLabel = "INPUT_DATA.jsonl", description = "default: shared/data/" + INPUT)
        Path input;

        @Option(
                names = "--responses",
                paramLabel = "RESPONSES.jsonl",
                description = "default: shared/data/" + RESPONSES)
        Path responses;

        @Option(
                names = "--threads",
                defaultValue = "0",
                description = "threads for the throughput run (default: all cores)")
        int threads;

        @Option(
                names = "--iterations",
                defaultValue = "20",
                description = "timed sweeps over all prompts (default: 20)")
        int iterations;

        @Option(
                names = "--warmup",
                defaultValue = "100",
                description = "untimed sweeps first, so the JIT has compiled every instruction's path (default: 100)")
        int warmup;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path in = input != null ? input : sharedData(INPUT);
            Path rs = responses != null ? responses : sharedData(RESPONSES);
            if (in == null || rs == null || !Files.isReadable(in) || !Files.isReadable(rs)) {
                err.println("error: give --input and --responses (shared/data/ifeval was not found)");
                return 2;
            }
            if (iterations < 1 || warmup < 0 || threads < 0) {
                err.println("error: --iterations must be >= 1, --warmup and --threads >= 0");
                return 2;
            }
            IfevalEvaluator evaluator = new IfevalEvaluator();
            List<IfevalBenchmark.Case> cases;
            try {
                cases = IfevalBenchmark.load(evaluator, in, rs);
            } catch (IOException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            if (cases.isEmpty()) {
                err.println("error: no prompt in " + in + " has a response in " + rs);
                return 2;
            }
            int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
            IfevalBenchmark.Result r = new IfevalBenchmark(evaluator, cases).run(n, iterations, warmup);
            out.print(r.table());
            out.flush();
            return 0;
        }

        private static Path sharedData(String relative) {
            return IfevalBenchmark.sharedData(relative).orElse(null);
        }
    }
}

package io.skillstudio.app.cli;

import io.skillstudio.evaluator.judge.bench.JudgeOverheadBench;
import io.skillstudio.evaluator.judge.cost.RlProjection;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code skillstudio bench judge}: the judge loop's own overhead per agent step, model time excluded. */
@Command(
        name = "judge",
        mixinStandardHelpOptions = true,
        description = "Time the judge loop's own work per agent step against a zero-latency in-process model.")
final class BenchJudge implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JudgeOptions judge;

    @Option(
            names = "--iterations",
            defaultValue = "2000",
            description = "timed reward calls (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(
            names = "--warmup",
            defaultValue = "2000",
            description = "untimed reward calls first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<long[]> rl;
        try {
            rl = judge.rlProjection();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
        if (iterations < 1 || warmup < 0) {
            spec.commandLine().getErr().println("error: --iterations must be >= 1 and --warmup >= 0");
            return 2;
        }
        JudgeOverheadBench.Result r = JudgeOverheadBench.run(warmup, iterations);
        out.printf(
                Locale.ROOT,
                "reward calls   %d (%d agent steps each, after %d warm-up calls)%n",
                r.calls(),
                r.stepsPerCall(),
                warmup);
        out.printf(
                Locale.ROOT,
                "overhead/step  p50 %.1f us   p99 %.1f us   max %.1f us%n",
                r.p50Micros(),
                r.p99Micros(),
                r.maxMicros());
        out.printf(
                Locale.ROOT,
                "per reward     %.1f model calls, %.0f tokens in, %.0f tokens out%n",
                r.cost().modelCallsPerReward(),
                r.cost().tokensInPerReward(),
                r.cost().tokensOutPerReward());
        rl.ifPresent(v -> {
            RlProjection p = RlProjection.of(r.cost(), v[0], v[1], v[2], judge.concurrency);
            out.printf(
                    Locale.ROOT,
                    "RL projection  %d x %d x %d = %d reward calls, %.0f model calls, %.3g tokens in, "
                            + "%.3g tokens out (model time not included: the scripted model answers instantly)%n",
                    v[0],
                    v[1],
                    v[2],
                    p.rewardCalls(),
                    p.modelCalls(),
                    p.tokensIn(),
                    p.tokensOut());
        });
        return 0;
    }
}

package io.skillstudio.evaluator.judge.bench;

import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.judge.JudgeOutcome;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.judge.JudgeSettings;
import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.cost.CallCost;
import io.skillstudio.evaluator.judge.cost.CostSummary;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.judge.model.JudgeModels;
import io.skillstudio.evaluator.judge.model.ModelCaller;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.SourceKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evaluator's own cost per agent step: a full reward call against {@link ScriptedChatModel}
 * (no network, no model time), timed end to end, minus the time spent inside {@code ChatModel.chat},
 * divided by the turns. What remains is prompt building, tool dispatch, verifier runs, JSON, answer
 * parsing, cache-key hashing and trace recording.
 */
public final class JudgeOverheadBench {

    /** Per-step overhead percentiles in microseconds, and the cost summary of the timed calls. */
    public record Result(
            int calls, int stepsPerCall, double p50Micros, double p99Micros, double maxMicros, CostSummary cost) {}

    private JudgeOverheadBench() {}

    /** The content hash the benchmark sessions pass for {@link #benchPackage()}. */
    public static final String PACKAGE_HASH = "bench";

    /** A real judge (loop, tools, verifiers, traces) whose model is the zero-latency {@link ScriptedChatModel}; no cache. */
    public static Judge scriptedJudge() {
        JudgeSettings settings = JudgeSettings.of("http://127.0.0.1:1/v1", "scripted");
        ModelCaller caller =
                new ModelCaller(JudgeModels.Backend.of(new ScriptedChatModel()), settings, JudgeCache.NONE);
        return new Judge(caller, LoopConfig.DEFAULT, VerifierRegistry.standard(), Optional.empty(), Clock.systemUTC());
    }

    public static Result run(int warmup, int iterations) {
        SkillPackage pkg = benchPackage();
        Judge judge = scriptedJudge();
        String hash = PACKAGE_HASH;
        for (int i = 0; i < warmup; i++) {
            judge.judge(pkg, hash, sample(i));
        }
        double[] perStep = new double[iterations];
        List<CallCost> costs = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            JudgeOutcome o = judge.judge(pkg, hash, sample(i));
            if (!o.scored()) {
                throw new IllegalStateException("bench session did not score: " + o.reason() + " " + o.detail());
            }
            CallCost c = o.cost();
            costs.add(c);
            perStep[i] = (c.wallMs() - c.modelMs()) * 1000.0 / ScriptedChatModel.turns();
        }
        double max = 0;
        for (double v : perStep) {
            max = Math.max(max, v);
        }
        return new Result(
                iterations,
                ScriptedChatModel.turns(),
                CostSummary.percentile(perStep, 50),
                CostSummary.percentile(perStep, 99),
                max,
                CostSummary.of(costs));
    }

    /** The i-th benchmark sample: a short answer to judge, distinct per i so no cache could serve it. */
    public static JudgeSample sample(int i) {
        return JudgeSample.pointwise(
                "bench-" + i,
                "Answer in at most twenty words: why is the sky blue?",
                "Sunlight scatters off air molecules, and blue light scatters most (Rayleigh scattering). #" + i);
    }

    /** A small package held in memory, so the benchmark needs no files. */
    public static SkillPackage benchPackage() {
        List<PackageFile> files = List.of(
                file(
                        "SKILL.md",
                        "---\nname: bench-judge\ndescription: Benchmark skill.\n---\n# Bench\nUse the rubric.\n"),
                file(
                        "resources.yaml",
                        "resources:\n  - id: rubric.main\n    type: rubric\n    implementation_kind: reference\n"
                                + "    path: rubrics/main.md\n  - id: verifier.words\n    type: verifier\n"
                                + "    implementation_kind: runtime_verifier\n    verifier: constraint.word_count\n"),
                file("rubrics/main.md", "Score 1 when every constraint holds.\n".repeat(40)));
        return new SkillPackage(Path.of("bench-judge"), SourceKind.DIRECTORY, "bench-judge", files, List.of());
    }

    private static PackageFile file(String path, String text) {
        return PackageFile.of(path, text.getBytes(StandardCharsets.UTF_8));
    }
}

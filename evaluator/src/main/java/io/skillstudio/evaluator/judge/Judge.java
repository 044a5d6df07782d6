package io.skillstudio.evaluator.judge;

import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.judge.loop.LoopRunner;
import io.skillstudio.evaluator.judge.model.ModelCaller;
import io.skillstudio.evaluator.judge.tools.SampleResource;
import io.skillstudio.evaluator.sandbox.PythonRuntime;
import io.skillstudio.evaluator.sandbox.PythonSandbox;
import io.skillstudio.evaluator.sandbox.SandboxLimits;
import io.skillstudio.evaluator.sandbox.VerifierSandbox;
import io.skillstudio.evaluator.trace.TraceRecorder;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.hash.PackageHashes;
import io.skillstudio.model.load.SkillPackage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The agentic model judge: runs the upstream tool loop for one sample over one skill package and
 * returns a scored or unscored {@link JudgeOutcome}. Thread safe: each call has its own loop state, and
 * the shared {@link ModelCaller} bounds calls in flight.
 */
public final class Judge {
    private final ModelCaller caller;
    private final LoopConfig config;
    private final VerifierRegistry registry;
    private final Optional<PythonSandbox> sandbox;
    private final Clock clock;
    private final VerifierSandbox verifierCode;

    public Judge(
            ModelCaller caller,
            LoopConfig config,
            VerifierRegistry registry,
            Optional<PythonSandbox> sandbox,
            Clock clock) {
        this.caller = caller;
        this.config = config;
        this.registry = registry;
        this.sandbox = sandbox;
        this.clock = clock;
        // A sample's verifier code runs in the python_sandbox boundary, under the same unsafe opt-in; it
        // shares the sandbox's runtime when one was detected, and detects its own on first use otherwise.
        boolean unsafe = config.pythonSandboxWithoutIsolation();
        this.verifierCode = new VerifierSandbox(
                sandbox.isPresent()
                        ? () -> sandbox.get().runtime()
                        : () -> PythonRuntime.detect(Optional.empty(), unsafe),
                SandboxLimits.DEFAULT,
                unsafe);
    }

    /** Where the samples' Python verifier code runs (R2's VerInstruct verifiers, §5.4). */
    public VerifierSandbox verifierCode() {
        return verifierCode;
    }

    public JudgeSettings settings() {
        return caller.settings();
    }

    /**
     * The loop settings that change results, plus whether python_sandbox is really offered (asked for
     * and python3 present) and under which OS isolation.
     */
    public Map<String, Object> loopSettings() {
        Map<String, Object> m = new LinkedHashMap<>(config.resultAffecting());
        boolean python = config.pythonSandbox()
                && sandbox.filter(PythonSandbox::available).isPresent();
        m.put("pythonSandbox", python);
        if (python) {
            m.put(
                    "pythonSandboxIsolation",
                    sandbox.flatMap(PythonSandbox::runtime)
                            .map(r -> r.isolation())
                            .orElse(null));
        } else if (config.pythonSandbox()) {
            // Asked for but refused: the provenance says why the tool answered "unavailable".
            m.put(
                    "pythonSandboxUnavailable",
                    sandbox.flatMap(PythonSandbox::runtime).isPresent() ? "no isolation" : "python3 not found");
        }
        return m;
    }

    /** Judges one sample; hashes the package for the cache key. */
    public JudgeOutcome judge(SkillPackage pkg, JudgeSample sample) {
        return judge(pkg, PackageHashes.content(pkg), sample);
    }

    /** Judges one sample with a precomputed package content hash (batch runs hash once). */
    public JudgeOutcome judge(SkillPackage pkg, String packageHash, JudgeSample sample) {
        return judge(pkg, packageHash, sample, new TraceRecorder(clock));
    }

    /**
     * Judges one sample, appending its model_turn and tool_call events to {@code recorder} (the sample's
     * trace in a batch run), so judge steps and verifier steps share one id sequence.
     */
    public JudgeOutcome judge(SkillPackage pkg, String packageHash, JudgeSample sample, TraceRecorder recorder) {
        return judge(pkg, packageHash, sample, List.of(), recorder, () -> false);
    }

    /**
     * As {@link #judge(SkillPackage, String, JudgeSample, TraceRecorder)}, stopping with {@code cancelled}
     * when {@code cancel} turns true (checked between model calls and between tool calls) or the thread
     * is interrupted (which also aborts an HTTP call in flight).
     */
    public JudgeOutcome judge(
            SkillPackage pkg, String packageHash, JudgeSample sample, TraceRecorder recorder, BooleanSupplier cancel) {
        return judge(pkg, packageHash, sample, List.of(), recorder, cancel);
    }

    /**
     * Judges one sample with resources built from its own fields (whole-skill judging): they are listed,
     * viewed and run like package resources, and part of the cache key.
     */
    public JudgeOutcome judge(
            SkillPackage pkg,
            String packageHash,
            JudgeSample sample,
            List<SampleResource> sampleResources,
            TraceRecorder recorder,
            BooleanSupplier cancel) {
        return LoopRunner.run(
                caller,
                config,
                registry,
                config.pythonSandbox() ? sandbox : Optional.empty(),
                recorder,
                pkg,
                packageHash,
                sample,
                sampleResources,
                cancel);
    }

    /** The verifiers this judge's tools run; per-sample verifiers use the same registry. */
    public VerifierRegistry registry() {
        return registry;
    }

    /** Upstream's {@code skill_allowed_setting} for this judge, if one was set. */
    public Optional<String> allowedSetting() {
        return config.allowedSetting();
    }
}

package io.skillstudio.evaluator.judge.loop;

import io.skillstudio.evaluator.judge.JudgeOutcome;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.judge.model.ModelCaller;
import io.skillstudio.evaluator.judge.tools.SampleResource;
import io.skillstudio.evaluator.judge.tools.SkillTools;
import io.skillstudio.evaluator.sandbox.PythonSandbox;
import io.skillstudio.evaluator.trace.TraceRecorder;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.load.SkillPackage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Wires one {@link AgentLoop} for a sample; keeps the loop class itself package-private. */
public final class LoopRunner {
    private LoopRunner() {}

    public static JudgeOutcome run(
            ModelCaller caller,
            LoopConfig config,
            VerifierRegistry registry,
            Optional<PythonSandbox> sandbox,
            TraceRecorder recorder,
            SkillPackage pkg,
            String packageHash,
            JudgeSample sample) {
        return run(caller, config, registry, sandbox, recorder, pkg, packageHash, sample, List.of(), () -> false);
    }

    /**
     * As above, with resources built from the sample's own fields offered beside the package's;
     * {@code cancel} is polled between model calls and tool calls.
     */
    public static JudgeOutcome run(
            ModelCaller caller,
            LoopConfig config,
            VerifierRegistry registry,
            Optional<PythonSandbox> sandbox,
            TraceRecorder recorder,
            SkillPackage pkg,
            String packageHash,
            JudgeSample sample,
            List<SampleResource> sampleResources,
            BooleanSupplier cancel) {
        SkillTools tools = new SkillTools(
                pkg, sample, config.toolLimits(), registry, sandbox, config.allowedSetting(), sampleResources);
        String description = pkg.skillDocument().flatMap(d -> d.description()).orElse("");
        String system = Prompts.system(sample, tools.skillName(), description, config.maxSteps());
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("package", packageHash);
        scope.put("sample", sample.id());
        if (!sampleResources.isEmpty()) {
            // The per-sample resources are part of what the model can read, so part of the cache key.
            scope.put(
                    "sampleResources",
                    sampleResources.stream()
                            .map(r -> r.id() + "=" + r.content())
                            .toList());
        }
        return new AgentLoop(caller, config, sample, tools, system, scope, recorder, cancel).run();
    }
}

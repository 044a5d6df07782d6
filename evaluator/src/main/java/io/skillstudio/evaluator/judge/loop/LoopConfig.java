package io.skillstudio.evaluator.judge.loop;

import io.skillstudio.evaluator.judge.tools.ToolLimits;

/**
 * Loop knobs. Defaults follow upstream's pointwise RL variant (§3.6, §7): 7 steps, 1 invalid-answer
 * retry, forced finalization with 512 tokens. {@code maxUnknownToolCalls} is ours: a model that keeps
 * inventing tools ends as {@code unknown_tool} instead of burning the budget.
 */
public record LoopConfig(int maxSteps, int invalidAnswerRetries, boolean forcedFinalization, int forcedMaxTokens,
        int maxUnknownToolCalls, boolean pythonSandbox, ToolLimits toolLimits) {

    public static final LoopConfig DEFAULT = new LoopConfig(7, 1, true, 512, 2, false, ToolLimits.DEFAULT);

    public LoopConfig {
        if (maxSteps < 1 || invalidAnswerRetries < 0 || forcedMaxTokens < 1 || maxUnknownToolCalls < 1) {
            throw new IllegalArgumentException("maxSteps, forcedMaxTokens and maxUnknownToolCalls must be >= 1");
        }
    }

    public LoopConfig withMaxSteps(int n) {
        return new LoopConfig(n, invalidAnswerRetries, forcedFinalization, forcedMaxTokens, maxUnknownToolCalls,
                pythonSandbox, toolLimits);
    }

    public LoopConfig withPythonSandbox(boolean on) {
        return new LoopConfig(maxSteps, invalidAnswerRetries, forcedFinalization, forcedMaxTokens, maxUnknownToolCalls,
                on, toolLimits);
    }

    public LoopConfig withForcedFinalization(boolean on) {
        return new LoopConfig(maxSteps, invalidAnswerRetries, on, forcedMaxTokens, maxUnknownToolCalls, pythonSandbox,
                toolLimits);
    }
}

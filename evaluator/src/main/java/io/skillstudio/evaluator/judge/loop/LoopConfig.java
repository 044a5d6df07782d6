package io.skillstudio.evaluator.judge.loop;

import io.skillstudio.evaluator.judge.JudgePayloadLimits;
import io.skillstudio.evaluator.judge.tools.ToolLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loop knobs. Defaults follow upstream's pointwise RL variant (§3.6, §7): 7 steps, 1 invalid-answer
 * retry, forced finalization with 512 tokens. {@code maxUnknownToolCalls} is ours: a model that keeps
 * inventing tools ends as {@code unknown_tool} instead of burning the budget.
 */
public record LoopConfig(
        int maxSteps,
        int invalidAnswerRetries,
        boolean forcedFinalization,
        int forcedMaxTokens,
        int maxUnknownToolCalls,
        boolean pythonSandbox,
        ToolLimits toolLimits,
        Optional<String> allowedSetting,
        boolean pythonSandboxWithoutIsolation) {

    public static final LoopConfig DEFAULT =
            new LoopConfig(7, 1, true, 512, 2, false, ToolLimits.DEFAULT, Optional.empty(), false);

    /** Without the unsafe opt-in: python_sandbox runs only inside the bubblewrap boundary. */
    public LoopConfig(
            int maxSteps,
            int invalidAnswerRetries,
            boolean forcedFinalization,
            int forcedMaxTokens,
            int maxUnknownToolCalls,
            boolean pythonSandbox,
            ToolLimits toolLimits,
            Optional<String> allowedSetting) {
        this(
                maxSteps,
                invalidAnswerRetries,
                forcedFinalization,
                forcedMaxTokens,
                maxUnknownToolCalls,
                pythonSandbox,
                toolLimits,
                allowedSetting,
                false);
    }

    /** Without {@code allowedSetting} the index is unfiltered; with it, upstream's {@code resource_allowed} applies. */
    public LoopConfig(
            int maxSteps,
            int invalidAnswerRetries,
            boolean forcedFinalization,
            int forcedMaxTokens,
            int maxUnknownToolCalls,
            boolean pythonSandbox,
            ToolLimits toolLimits) {
        this(
                maxSteps,
                invalidAnswerRetries,
                forcedFinalization,
                forcedMaxTokens,
                maxUnknownToolCalls,
                pythonSandbox,
                toolLimits,
                Optional.empty());
    }

    public LoopConfig withAllowedSetting(Optional<String> setting) {
        return new LoopConfig(
                maxSteps,
                invalidAnswerRetries,
                forcedFinalization,
                forcedMaxTokens,
                maxUnknownToolCalls,
                pythonSandbox,
                toolLimits,
                setting,
                pythonSandboxWithoutIsolation);
    }

    public LoopConfig {
        if (maxSteps < 1 || invalidAnswerRetries < 0 || forcedMaxTokens < 1 || maxUnknownToolCalls < 1) {
            throw new IllegalArgumentException("maxSteps, forcedMaxTokens and maxUnknownToolCalls must be >= 1");
        }
    }

    public LoopConfig withMaxSteps(int n) {
        return new LoopConfig(
                n,
                invalidAnswerRetries,
                forcedFinalization,
                forcedMaxTokens,
                maxUnknownToolCalls,
                pythonSandbox,
                toolLimits,
                allowedSetting,
                pythonSandboxWithoutIsolation);
    }

    public LoopConfig withPythonSandbox(boolean on) {
        return new LoopConfig(
                maxSteps,
                invalidAnswerRetries,
                forcedFinalization,
                forcedMaxTokens,
                maxUnknownToolCalls,
                on,
                toolLimits,
                allowedSetting,
                pythonSandboxWithoutIsolation);
    }

    /**
     * The user's explicit opt-in to run python_sandbox snippets without the bubblewrap boundary (unsafe:
     * model-written code then reaches the user's files and network; see docs/security.md).
     */
    public LoopConfig withPythonSandboxWithoutIsolation(boolean on) {
        return new LoopConfig(
                maxSteps,
                invalidAnswerRetries,
                forcedFinalization,
                forcedMaxTokens,
                maxUnknownToolCalls,
                pythonSandbox,
                toolLimits,
                allowedSetting,
                on);
    }

    public LoopConfig withForcedFinalization(boolean on) {
        return new LoopConfig(
                maxSteps,
                invalidAnswerRetries,
                on,
                forcedMaxTokens,
                maxUnknownToolCalls,
                pythonSandbox,
                toolLimits,
                allowedSetting,
                pythonSandboxWithoutIsolation);
    }

    /**
     * The knobs that can change a verdict, for provenance: two runs that differ here are not
     * comparable even with the same package, samples and model.
     */
    public Map<String, Object> resultAffecting() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("maxSteps", maxSteps);
        m.put("invalidAnswerRetries", invalidAnswerRetries);
        m.put("forcedFinalization", forcedFinalization);
        m.put("forcedMaxTokens", forcedMaxTokens);
        m.put("maxUnknownToolCalls", maxUnknownToolCalls);
        allowedSetting.ifPresent(s -> m.put("allowedSetting", s)); // absent: the index is unfiltered
        m.put("maxViews", toolLimits.maxViews());
        m.put("maxResourceChars", toolLimits.maxResourceChars());
        m.put("maxRuns", toolLimits.maxRuns());
        m.put("maxSandboxCalls", toolLimits.maxSandboxCalls());
        m.put("maxSkillChars", JudgePayloadLimits.MAX_SKILL_CHARS);
        m.put("maxReplyChars", JudgePayloadLimits.MAX_REPLY_CHARS);
        m.put("maxToolCallsPerTurn", JudgePayloadLimits.MAX_TOOL_CALLS_PER_TURN);
        return m;
    }
}

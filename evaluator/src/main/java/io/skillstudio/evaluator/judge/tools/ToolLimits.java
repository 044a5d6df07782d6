package io.skillstudio.evaluator.judge.tools;

/**
 * Per-sample caps on tool use. Defaults follow upstream's pointwise RL variant (§7): 5 distinct views,
 * 8000 characters per view, 3 runs, 3 sandbox calls.
 */
public record ToolLimits(int maxViews, int maxResourceChars, int maxRuns, int maxSandboxCalls) {
    public static final ToolLimits DEFAULT = new ToolLimits(5, 8000, 3, 3);

    public ToolLimits {
        if (maxViews < 0 || maxResourceChars < 1 || maxRuns < 0 || maxSandboxCalls < 0) {
            throw new IllegalArgumentException("tool limits must not be negative");
        }
    }
}

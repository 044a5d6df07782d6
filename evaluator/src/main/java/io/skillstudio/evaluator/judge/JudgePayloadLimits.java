package io.skillstudio.evaluator.judge;

/**
 * Hard caps on what one judged sample may move between the package, the model and the trace, so a
 * hostile package or model cannot make a sample cost megabytes per turn or run thousands of tools.
 * They change what the model sees, so {@code LoopConfig.resultAffecting} records them.
 *
 * <p>With these, one sample's trace is bounded: at most (maxSteps + 1) turns, each holding at most
 * {@link #MAX_REPLY_CHARS} of reply and {@link #MAX_TOOL_CALLS_PER_TURN} tool results, each of which is
 * itself capped (views by {@code maxResourceChars}, SKILL.md by {@link #MAX_SKILL_CHARS}, sandbox output
 * by its byte cap).
 */
public final class JudgePayloadLimits {
    /** Characters of SKILL.md that {@code use_skill} returns; the rest is cut with a marker. */
    public static final int MAX_SKILL_CHARS = 32_000;
    /** Characters of one model reply (text plus tool-call names and arguments); more is a backend error. */
    public static final int MAX_REPLY_CHARS = 200_000;
    /** Tool calls one reply may ask for; more ends the sample unscored instead of running them all. */
    public static final int MAX_TOOL_CALLS_PER_TURN = 16;

    private JudgePayloadLimits() {}
}

package io.skillstudio.evaluator.judge.cost;

/**
 * Projects measured per-reward cost to an RL run: every step scores {@code promptsPerStep x groupSize}
 * rollouts. Wall time assumes {@code concurrency} reward calls in flight and the measured p50 latency,
 * which is a floor: queueing at the model server is not modelled.
 */
public record RlProjection(
        long promptsPerStep,
        long groupSize,
        long steps,
        int concurrency,
        long rewardCalls,
        double modelCalls,
        double tokensIn,
        double tokensOut,
        double wallHoursAtP50) {

    public static RlProjection of(
            CostSummary measured, long promptsPerStep, long groupSize, long steps, int concurrency) {
        if (promptsPerStep < 1 || groupSize < 1 || steps < 1 || concurrency < 1) {
            throw new IllegalArgumentException("prompts, group size, steps and concurrency must be >= 1");
        }
        long rewards = Math.multiplyExact(Math.multiplyExact(promptsPerStep, groupSize), steps);
        double wallMs = rewards * measured.rewardLatencyP50Ms() / concurrency;
        return new RlProjection(
                promptsPerStep,
                groupSize,
                steps,
                concurrency,
                rewards,
                rewards * measured.modelCallsPerReward(),
                rewards * measured.tokensInPerReward(),
                rewards * measured.tokensOutPerReward(),
                wallMs / 3_600_000.0);
    }

    /** Parses {@code PROMPTS,GROUP,STEPS}, as given on the command line. */
    public static long[] parseSpec(String spec) {
        String[] parts = spec == null ? new String[0] : spec.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected PROMPTS,GROUP,STEPS, got '" + spec + "'");
        }
        long[] v = new long[3];
        for (int i = 0; i < 3; i++) {
            try {
                v[i] = Long.parseLong(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a whole number: '" + parts[i] + "' in '" + spec + "'");
            }
            if (v[i] < 1) {
                throw new IllegalArgumentException("values must be >= 1 in '" + spec + "'");
            }
        }
        return v;
    }
}

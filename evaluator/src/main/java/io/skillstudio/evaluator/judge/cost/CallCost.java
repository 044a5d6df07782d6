package io.skillstudio.evaluator.judge.cost;

import java.util.List;

/**
 * What one reward call cost: model calls made (cache hits excluded), tokens spent, time inside model
 * calls and total wall time. Latencies are per model call, for percentiles over a run. The tokens of
 * replies served from the judge cache are kept apart ({@code cachedTokens*}): they were not paid for
 * in this run, but they show what a cold run would cost.
 */
public record CallCost(
        int modelCalls,
        int cacheHits,
        long tokensIn,
        long tokensOut,
        List<Double> modelLatenciesMs,
        double wallMs,
        long cachedTokensIn,
        long cachedTokensOut) {

    public static final CallCost NONE = new CallCost(0, 0, 0, 0, List.of(), 0);

    public CallCost {
        modelLatenciesMs = List.copyOf(modelLatenciesMs);
    }

    /** A cost without cache-hit tokens. */
    public CallCost(
            int modelCalls,
            int cacheHits,
            long tokensIn,
            long tokensOut,
            List<Double> modelLatenciesMs,
            double wallMs) {
        this(modelCalls, cacheHits, tokensIn, tokensOut, modelLatenciesMs, wallMs, 0, 0);
    }

    public double modelMs() {
        return modelLatenciesMs.stream().mapToDouble(Double::doubleValue).sum();
    }
}

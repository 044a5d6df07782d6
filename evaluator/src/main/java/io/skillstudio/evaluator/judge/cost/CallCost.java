package io.skillstudio.evaluator.judge.cost;

import java.util.List;

/**
 * What one reward call cost: model calls made (cache hits excluded), tokens, time inside model calls
 * and total wall time. Latencies are per model call, for percentiles over a run.
 */
public record CallCost(int modelCalls, int cacheHits, long tokensIn, long tokensOut, List<Double> modelLatenciesMs,
        double wallMs) {

    public static final CallCost NONE = new CallCost(0, 0, 0, 0, List.of(), 0);

    public CallCost {
        modelLatenciesMs = List.copyOf(modelLatenciesMs);
    }

    public double modelMs() {
        return modelLatenciesMs.stream().mapToDouble(Double::doubleValue).sum();
    }
}

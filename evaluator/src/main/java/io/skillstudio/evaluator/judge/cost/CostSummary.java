package io.skillstudio.evaluator.judge.cost;

import io.skillstudio.evaluator.stats.Percentiles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Cost over many reward calls: means per call and latency percentiles. Percentiles use the
 * nearest-rank method so p99 of a small run is an observed value, not an interpolation.
 */
public record CostSummary(
        int rewardCalls,
        double modelCallsPerReward,
        double tokensInPerReward,
        double tokensOutPerReward,
        double rewardLatencyP50Ms,
        double rewardLatencyP99Ms,
        double modelLatencyP50Ms,
        double modelLatencyP99Ms,
        int cacheHits) {

    public static CostSummary of(Collection<CallCost> costs) {
        int n = costs.size();
        if (n == 0) {
            return new CostSummary(0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        double calls = 0;
        double in = 0;
        double out = 0;
        int hits = 0;
        double[] wall = new double[n];
        List<Double> model = new ArrayList<>();
        int i = 0;
        for (CallCost c : costs) {
            calls += c.modelCalls();
            in += c.tokensIn();
            out += c.tokensOut();
            hits += c.cacheHits();
            wall[i++] = c.wallMs();
            model.addAll(c.modelLatenciesMs());
        }
        double[] m = model.stream().mapToDouble(Double::doubleValue).toArray();
        return new CostSummary(
                n,
                calls / n,
                in / n,
                out / n,
                percentile(wall, 50),
                percentile(wall, 99),
                percentile(m, 50),
                percentile(m, 99),
                hits);
    }

    /** Nearest-rank percentile; 0 for an empty array. */
    public static double percentile(double[] values, double p) {
        return Percentiles.of(values, p);
    }
}

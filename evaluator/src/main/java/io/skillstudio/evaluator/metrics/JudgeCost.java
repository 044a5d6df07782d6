package io.skillstudio.evaluator.metrics;

import io.skillstudio.evaluator.judge.cost.CallCost;
import io.skillstudio.evaluator.judge.cost.CostSummary;
import io.skillstudio.evaluator.judge.cost.RlProjection;
import io.skillstudio.evaluator.judge.cost.TraceCosts;
import io.skillstudio.evaluator.run.RunReport;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model judge's cost over a run, per reward call (one sample), and its projection to an RL run
 * when one was asked for.
 */
public record JudgeCost(CostSummary perReward, RlProjection rlProjection) {

    /** Empty when no sample used the model. */
    public static Optional<JudgeCost> of(RunReport report, Optional<long[]> rlSpec, int concurrency) {
        List<CallCost> costs = new ArrayList<>();
        boolean used = false;
        for (int i = 0; i < report.traces().size() && i < report.results().size(); i++) {
            Trace t = report.traces().get(i);
            SampleResult r = report.results().get(i);
            used |= TraceCosts.usedModel(t.events());
            costs.add(TraceCosts.of(t.events(), r.latencyMs()));
        }
        if (!used) {
            return Optional.empty();
        }
        CostSummary summary = CostSummary.of(costs);
        RlProjection projection = rlSpec.map(v -> RlProjection.of(summary, v[0], v[1], v[2], concurrency)).orElse(null);
        return Optional.of(new JudgeCost(summary, projection));
    }
}

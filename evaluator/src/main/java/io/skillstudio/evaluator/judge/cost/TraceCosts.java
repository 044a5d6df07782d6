package io.skillstudio.evaluator.judge.cost;

import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a reward call's cost back from its trace, so a batch run can account for the judge without
 * the runner knowing about it: the trace is the single record of every model turn.
 */
public final class TraceCosts {

    private TraceCosts() {}

    /** The cost of the model turns in {@code events}; {@code wallMs} is the whole reward call. */
    public static CallCost of(List<TraceEvent> events, double wallMs) {
        int calls = 0;
        int hits = 0;
        long in = 0;
        long out = 0;
        long cachedIn = 0;
        long cachedOut = 0;
        List<Double> latencies = new ArrayList<>();
        for (TraceEvent e : events) {
            if (e instanceof ModelTurn t) {
                // Like CostMeter: a cache hit's tokens were paid in an earlier run, not this one.
                if (t.cacheHit()) {
                    hits++;
                    cachedIn += t.tokensIn();
                    cachedOut += t.tokensOut();
                } else {
                    calls++;
                    latencies.add(t.durationMs());
                    in += t.tokensIn();
                    out += t.tokensOut();
                }
            }
        }
        return new CallCost(calls, hits, in, out, latencies, wallMs, cachedIn, cachedOut);
    }

    public static boolean usedModel(List<TraceEvent> events) {
        return events.stream().anyMatch(ModelTurn.class::isInstance);
    }
}

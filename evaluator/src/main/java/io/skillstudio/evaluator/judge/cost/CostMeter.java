package io.skillstudio.evaluator.judge.cost;

import java.util.ArrayList;
import java.util.List;

/** Accumulates the cost of one reward call as the loop runs. One meter per call; not thread safe. */
public final class CostMeter {
    private final long startNanos = System.nanoTime();
    private final List<Double> latencies = new ArrayList<>();
    private int calls;
    private int hits;
    private long in;
    private long out;

    public void modelCall(double latencyMs, long tokensIn, long tokensOut) {
        calls++;
        latencies.add(latencyMs);
        in += tokensIn;
        out += tokensOut;
    }

    public void cacheHit() {
        hits++;
    }

    public CallCost snapshot() {
        return new CallCost(calls, hits, in, out, latencies, (System.nanoTime() - startNanos) / 1e6);
    }
}

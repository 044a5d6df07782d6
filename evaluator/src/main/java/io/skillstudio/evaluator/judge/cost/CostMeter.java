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
    private long cachedIn;
    private long cachedOut;

    public void modelCall(double latencyMs, long tokensIn, long tokensOut) {
        calls++;
        latencies.add(latencyMs);
        in += tokensIn;
        out += tokensOut;
    }

    public void cacheHit() {
        cacheHit(0, 0);
    }

    /** A reply from the judge cache: its tokens are recorded apart, since none were spent now. */
    public void cacheHit(long tokensIn, long tokensOut) {
        hits++;
        cachedIn += tokensIn;
        cachedOut += tokensOut;
    }

    public CallCost snapshot() {
        return new CallCost(
                calls, hits, in, out, latencies, (System.nanoTime() - startNanos) / 1e6, cachedIn, cachedOut);
    }
}

package io.skillstudio.evaluator.metrics;

import io.skillstudio.evaluator.judge.cost.CallCost;
import io.skillstudio.evaluator.judge.cost.CostSummary;
import io.skillstudio.evaluator.judge.cost.RlProjection;
import io.skillstudio.evaluator.judge.cost.TraceCosts;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.score.SampleWarning;
import io.skillstudio.evaluator.score.ScoreStatus;
import io.skillstudio.evaluator.score.UnjudgedItem;
import io.skillstudio.evaluator.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Accumulates a {@link RunSummary} one result at a time, keeping only what the summary needs (counts,
 * one latency per sample, agreement pairs and judge costs), never the results or traces themselves.
 * Not thread safe: the run's coordinator feeds it in sample order.
 */
public final class SummaryBuilder {

    /** Malformed lines listed in the summary; the count covers all of them. */
    static final int MAX_LISTED_MALFORMED = 1000;
    /** Not-started samples named in the summary; the count covers all of them. */
    static final int MAX_LISTED_NOT_STARTED = 1000;

    private final Provenance provenance;
    private final EvalMode mode;
    private final Optional<long[]> rlSpec;
    private final int concurrency;
    private final Agreement.Builder agreement;
    private final Map<String, Integer> unscoredByReason = new TreeMap<>();
    private final Map<String, Integer> partialByReason = new TreeMap<>();
    private final Map<String, Integer> unjudgedByReason = new TreeMap<>();
    private final List<SampleError> malformed = new ArrayList<>();
    private final List<CallCost> costs = new ArrayList<>();
    private final List<String> notStartedIds = new ArrayList<>();
    private String stopReason;
    private double[] latencies = new double[64];
    private int evaluated;
    private int scored;
    private int partial;
    private int withUnjudged;
    private int skillMismatch;
    private int malformedLines;
    private boolean usedModel;
    private int swappedPairs;
    private int swapConsistent;

    /**
     * @param rlSpec the RL projection asked for ({@code prompts, rollouts, steps}), if any
     * @param concurrency the judge's calls in flight, for the projection
     */
    public SummaryBuilder(Provenance provenance, EvalMode mode, Optional<long[]> rlSpec, int concurrency) {
        this.provenance = provenance;
        this.mode = mode;
        this.rlSpec = rlSpec;
        this.concurrency = Math.max(1, concurrency);
        this.agreement = new Agreement.Builder(mode);
    }

    /** Adds one finished sample; {@code trace} may be null (then no judge cost is counted for it). */
    public void add(SampleResult r, Trace trace) {
        if (evaluated == latencies.length) {
            latencies = Arrays.copyOf(latencies, latencies.length * 2);
        }
        latencies[evaluated++] = r.latencyMs();
        ScoreStatus status = r.decision().status();
        if (status == ScoreStatus.SCORED) {
            scored++;
        } else if (status == ScoreStatus.PARTIAL) {
            partial++;
            partialByReason.merge(r.decision().reason().code(), 1, Integer::sum);
        } else {
            unscoredByReason.merge(r.decision().reason().code(), 1, Integer::sum);
        }
        if (!r.unjudged().isEmpty()) {
            withUnjudged++;
            for (UnjudgedItem u : r.unjudged()) {
                unjudgedByReason.merge(u.reason().code(), 1, Integer::sum);
            }
        }
        if (r.warnings().stream().anyMatch(w -> SampleWarning.SKILL_MISMATCH.equals(w.code()))) {
            skillMismatch++;
        }
        agreement.add(r);
        if (r.positionConsistent() != null) {
            swappedPairs++;
            swapConsistent += r.positionConsistent() ? 1 : 0;
        }
        if (trace != null) {
            if (!usedModel && TraceCosts.usedModel(trace.events())) {
                // Costs are per reward call, model or not; before the first model call only latencies were kept.
                usedModel = true;
                for (int i = 0; i < evaluated - 1; i++) {
                    costs.add(TraceCosts.of(List.of(), latencies[i]));
                }
            }
            if (usedModel) {
                costs.add(TraceCosts.of(trace.events(), r.latencyMs()));
            }
        }
    }

    /** A sample a cancelled run never started; the first {@link #MAX_LISTED_NOT_STARTED} are named. */
    public void notStarted(String sampleId) {
        if (notStartedIds.size() < MAX_LISTED_NOT_STARTED) {
            notStartedIds.add(sampleId);
        }
    }

    public void malformed(SampleError e) {
        malformedLines++;
        if (malformed.size() < MAX_LISTED_MALFORMED) {
            malformed.add(e);
        }
    }

    public int evaluated() {
        return evaluated;
    }

    /** Why the run stopped before its end (the run-level regex fuse); a note of the summary. */
    public void stopped(String reason) {
        stopReason = reason;
    }

    public RunSummary build(String status, int notStarted, double wallMs) {
        int unscored = evaluated - scored - partial;
        double throughput = wallMs > 0 ? evaluated / (wallMs / 1000.0) : 0;
        List<String> notes = new ArrayList<>();
        if (withUnjudged > 0) {
            notes.add(withUnjudged + (withUnjudged == 1 ? " sample" : " samples") + " had items nobody judged");
        }
        if (skillMismatch > 0) {
            notes.add(skillMismatch + (skillMismatch == 1 ? " sample names" : " samples name")
                    + " another skill (skill_mismatch)");
        }
        if (swappedPairs > swapConsistent) {
            int n = swappedPairs - swapConsistent;
            notes.add(n + " of " + swappedPairs + (swappedPairs == 1 ? " pair" : " pairs")
                    + " changed verdict when the responses were swapped (position_inconsistent)");
        }
        if (stopReason != null) {
            notes.add("stopped: " + stopReason);
        }
        if (notStarted > 0) {
            notes.add(notStarted + (notStarted == 1 ? " sample was" : " samples were") + " not evaluated: the run was "
                    + status);
        }
        List<Double> lat = new ArrayList<>(evaluated);
        for (int i = 0; i < evaluated; i++) {
            lat.add(latencies[i]);
        }
        RunSummary s = new RunSummary(
                provenance,
                mode,
                status,
                evaluated + notStarted,
                malformedLines,
                evaluated,
                scored,
                partial,
                unscored,
                unscoredByReason,
                partialByReason,
                withUnjudged,
                unjudgedByReason,
                skillMismatch,
                notStarted,
                notStartedIds,
                RunSummary.CANCELLED.equals(status),
                wallMs,
                throughput,
                LatencyStats.of(lat),
                agreement.build(),
                notes,
                malformed,
                null,
                PositionConsistency.of(swappedPairs, swapConsistent).orElse(null));
        if (usedModel) {
            CostSummary cost = CostSummary.of(costs);
            RlProjection projection = rlSpec.map(v -> RlProjection.of(cost, v[0], v[1], v[2], concurrency))
                    .orElse(null);
            s = s.withJudgeCost(new JudgeCost(cost, projection));
        }
        return s;
    }
}

package io.skillstudio.evaluator.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.evaluator.score.Provenance;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of {@code summary.json}: how the run ended, counts (scored, partial and unscored apart),
 * unscored samples and unjudged items by reason, skill mismatches, latency, throughput and agreement,
 * with the run's provenance. Built incrementally by {@link SummaryBuilder}, so a run of any size needs
 * no list of its results.
 *
 * @param status {@code completed}, {@code cancelled} or {@code failed}
 * @param malformedLines sample lines that could not be read (not part of {@code samples}), listed in {@code malformed}
 * @param samples samples that were read and submitted (or, when cancelled, would have been)
 * @param partial samples with a value from their judged items only ({@code unjudged} lists the rest in results)
 * @param samplesWithUnjudgedItems samples (partial or unscored) with at least one item nobody judged
 * @param unjudgedItemsByReason unjudged items over all samples and responses, by reason code
 * @param skillMismatch samples whose {@code expected_skill} names another skill
 * @param notStarted samples skipped because the run was cancelled
 * @param notStartedSampleIds the ids of the first 1000 of them
 * @param throughputPerSecond finished samples per second of batch wall time
 * @param notes plain sentences for the reader, e.g. "3 samples had items nobody judged"
 */
@JsonPropertyOrder({
    "provenance",
    "mode",
    "status",
    "samples",
    "malformedLines",
    "evaluated",
    "scored",
    "partial",
    "unscored",
    "unscoredByReason",
    "partialByReason",
    "samplesWithUnjudgedItems",
    "unjudgedItemsByReason",
    "skillMismatch",
    "notStarted",
    "notStartedSampleIds",
    "cancelled",
    "wallMs",
    "throughputPerSecond",
    "latencyMs",
    "agreement",
    "notes",
    "malformed",
    "judgeCost"
})
public record RunSummary(
        Provenance provenance,
        EvalMode mode,
        String status,
        int samples,
        int malformedLines,
        int evaluated,
        int scored,
        int partial,
        int unscored,
        Map<String, Integer> unscoredByReason,
        Map<String, Integer> partialByReason,
        int samplesWithUnjudgedItems,
        Map<String, Integer> unjudgedItemsByReason,
        int skillMismatch,
        int notStarted,
        List<String> notStartedSampleIds,
        boolean cancelled,
        double wallMs,
        double throughputPerSecond,
        LatencyStats latencyMs,
        Agreement agreement,
        List<String> notes,
        List<SampleError> malformed,
        @JsonInclude(JsonInclude.Include.NON_NULL) JudgeCost judgeCost,
        @JsonInclude(JsonInclude.Include.NON_NULL) PositionConsistency positionConsistency) {

    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";
    public static final String FAILED = "failed";

    public RunSummary {
        unscoredByReason = sorted(unscoredByReason);
        partialByReason = sorted(partialByReason);
        unjudgedItemsByReason = sorted(unjudgedItemsByReason);
        notes = List.copyOf(notes);
        notStartedSampleIds = List.copyOf(notStartedSampleIds);
        malformed = List.copyOf(malformed);
    }

    private static Map<String, Integer> sorted(Map<String, Integer> m) {
        return Collections.unmodifiableMap(new TreeMap<>(m));
    }

    /** A copy with the model judge's cost (and RL projection) added. */
    public RunSummary withJudgeCost(JudgeCost cost) {
        return new RunSummary(
                provenance,
                mode,
                status,
                samples,
                malformedLines,
                evaluated,
                scored,
                partial,
                unscored,
                unscoredByReason,
                partialByReason,
                samplesWithUnjudgedItems,
                unjudgedItemsByReason,
                skillMismatch,
                notStarted,
                notStartedSampleIds,
                cancelled,
                wallMs,
                throughputPerSecond,
                latencyMs,
                agreement,
                notes,
                malformed,
                cost,
                positionConsistency);
    }

    /** A copy with the {@code --swap} position check over the run added. */
    public RunSummary withPositionConsistency(PositionConsistency p) {
        return new RunSummary(
                provenance,
                mode,
                status,
                samples,
                malformedLines,
                evaluated,
                scored,
                partial,
                unscored,
                unscoredByReason,
                partialByReason,
                samplesWithUnjudgedItems,
                unjudgedItemsByReason,
                skillMismatch,
                notStarted,
                notStartedSampleIds,
                cancelled,
                wallMs,
                throughputPerSecond,
                latencyMs,
                agreement,
                notes,
                malformed,
                judgeCost,
                p);
    }
}

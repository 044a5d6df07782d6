package io.skillstudio.evaluator.aggregate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.score.Score;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a score was made, kept beside it so the trace viewer can tie every part of the reward to an
 * item: the item results, the base before caps, the caps and vetoes that applied, and the final score.
 *
 * @param base the method's result over the scored items, {@code null} when nothing was scored
 * @param unscoredByReason counts of unscored items by reason code, sorted by code for stable output
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "method",
    "items",
    "scored",
    "unscored",
    "unscoredByReason",
    "base",
    "capsApplied",
    "vetoedBy",
    "score"
})
public record Breakdown(
        AggregationMethod method,
        List<ItemScore> items,
        int scored,
        int unscored,
        Map<String, Integer> unscoredByReason,
        Double base,
        List<CapApplied> capsApplied,
        List<String> vetoedBy,
        Score score) {

    public Breakdown {
        items = List.copyOf(items);
        unscoredByReason = Collections.unmodifiableMap(new TreeMap<>(unscoredByReason));
        capsApplied = List.copyOf(capsApplied);
        vetoedBy = List.copyOf(vetoedBy);
    }
}

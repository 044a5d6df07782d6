package io.skillstudio.evaluator.versions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The drift table's bottom line.
 *
 * @param meanShift mean signed shift over samples scored on both sides (null when none)
 * @param meanAbsShift mean absolute shift over the same samples
 * @param largestShift the shift with the largest magnitude, and its sample
 * @param notCompared samples unscored in both versions, by the newer version's reason: nothing could be compared
 *     for them, so they are not "unchanged" (left out of the JSON when there are none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "samples",
    "changed",
    "verdictFlips",
    "statusChanges",
    "itemFlips",
    "meanShift",
    "meanAbsShift",
    "largestShift",
    "largestShiftSample",
    "notCompared"
})
public record DriftSummary(
        int samples,
        int changed,
        int verdictFlips,
        int statusChanges,
        int itemFlips,
        Double meanShift,
        Double meanAbsShift,
        Double largestShift,
        String largestShiftSample,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> notCompared) {

    public DriftSummary {
        notCompared = notCompared == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(notCompared));
    }

    /** How many samples were unscored in both versions. */
    public int notComparedCount() {
        return notCompared.values().stream().mapToInt(Integer::intValue).sum();
    }
}

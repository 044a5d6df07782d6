package io.skillstudio.evaluator.versions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The drift table's bottom line.
 *
 * @param meanShift mean signed shift over samples scored on both sides (null when none)
 * @param meanAbsShift mean absolute shift over the same samples
 * @param largestShift the shift with the largest magnitude, and its sample
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
    "largestShiftSample"
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
        String largestShiftSample) {}

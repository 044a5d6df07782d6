package io.skillstudio.evaluator.versions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.score.Decision;
import java.util.List;
import java.util.Locale;

/**
 * One sample run on both versions.
 *
 * @param before the decision of the older version, null when the sample did not run there
 * @param shift pointwise: the score change; pairwise/listwise: the largest change of a response's score
 *     (signed); null unless both sides were scored
 * @param verdictFlip pairwise/listwise: both scored and the verdict or best index differs
 * @param statusChange scored on one side and unscored on the other (or unscored for another reason)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"sampleId", "before", "after", "shift", "verdictFlip", "statusChange", "itemFlips"})
public record SampleDrift(
        String sampleId,
        Decision before,
        Decision after,
        Double shift,
        boolean verdictFlip,
        boolean statusChange,
        List<ItemFlip> itemFlips) {

    public SampleDrift {
        itemFlips = List.copyOf(itemFlips);
    }

    /** Whether anything about this sample's result differs. */
    public boolean changed() {
        return verdictFlip
                || statusChange
                || !itemFlips.isEmpty()
                || (shift != null && Math.abs(shift) > DriftAnalysis.EPS);
    }

    /** The decision as a table shows it: a score with three decimals, a verdict, a best index or the reason. */
    public static String show(Decision d) {
        if (d == null) {
            return "-";
        }
        String value = d.score() != null
                ? String.format(Locale.ROOT, "%.3f", d.score())
                : d.verdict() != null ? d.verdict() : d.best() != null ? "best " + d.best() : null;
        if (value == null) {
            return "unscored:" + d.reason().code();
        }
        return d.isScored() ? value : value + " (partial)";
    }
}

package io.skillstudio.evaluator.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The outcome of one sample in its mode: a pointwise {@code score}, a pairwise {@code verdict}
 * (A, B or Tie) or a listwise {@code best} index, or unscored with a reason. Exactly the field of the
 * mode is set when scored; nothing is set but the reason when unscored. A partial decision has the
 * mode's value computed from the judged items only, and the reason the others were not judged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "reason", "detail", "score", "verdict", "best"})
public record Decision(
        ScoreStatus status, UnscoredReason reason, String detail, Double score, String verdict, Integer best) {

    public Decision {
        Objects.requireNonNull(status, "status");
        int set = (score == null ? 0 : 1) + (verdict == null ? 0 : 1) + (best == null ? 0 : 1);
        if (status == ScoreStatus.SCORED && (set != 1 || reason != null)) {
            throw new IllegalArgumentException("a scored decision has exactly one of score, verdict, best");
        }
        if (status == ScoreStatus.PARTIAL && (set != 1 || reason == null)) {
            throw new IllegalArgumentException("a partial decision has one value and the reason items were unjudged");
        }
        if (status == ScoreStatus.UNSCORED && (set != 0 || reason == null)) {
            throw new IllegalArgumentException("an unscored decision has a reason and no value");
        }
    }

    public static Decision score(double value) {
        Score.scored(value); // validates the range
        return new Decision(ScoreStatus.SCORED, null, null, value, null, null);
    }

    public static Decision verdict(String verdict) {
        return new Decision(ScoreStatus.SCORED, null, null, null, verdict, null);
    }

    public static Decision best(int index) {
        return new Decision(ScoreStatus.SCORED, null, null, null, null, index);
    }

    public static Decision unscored(UnscoredReason reason, String detail) {
        return new Decision(ScoreStatus.UNSCORED, reason, detail, null, null, null);
    }

    /**
     * The same value as partial: computed from the judged items only, {@code reason} says why the
     * others were not judged.
     */
    public Decision asPartial(UnscoredReason why, String whyDetail) {
        return new Decision(ScoreStatus.PARTIAL, why, whyDetail, score, verdict, best);
    }

    /** Scored from every item; a partial decision is not. */
    public boolean isScored() {
        return status == ScoreStatus.SCORED;
    }

    /** Scored or partial: the mode's value is present. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean hasValue() {
        return status != ScoreStatus.UNSCORED;
    }
}

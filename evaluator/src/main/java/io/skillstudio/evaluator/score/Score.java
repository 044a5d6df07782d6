package io.skillstudio.evaluator.score;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A score in [0,1], or an explicit unscored state with its reason. Scored: a value, no reason; partial:
 * a value from the judged items and the reason others were not judged; unscored: a reason, no value.
 * The constructor enforces it so no caller can produce a silent 0.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Score(ScoreStatus status, Double value, UnscoredReason reason, String detail) {

    public Score {
        Objects.requireNonNull(status, "status");
        if (status != ScoreStatus.UNSCORED) {
            if (value == null || !Double.isFinite(value) || value < 0 || value > 1) {
                throw new IllegalArgumentException(
                        "a " + status.code() + " result needs a value in [0,1], got " + value);
            }
            if ((reason != null) != (status == ScoreStatus.PARTIAL)) {
                throw new IllegalArgumentException(
                        status == ScoreStatus.PARTIAL
                                ? "a partial result names why items were left unjudged"
                                : "a scored result has no unscored reason");
            }
        } else {
            Objects.requireNonNull(reason, "an unscored result needs a reason");
            if (value != null) {
                throw new IllegalArgumentException("an unscored result has no value");
            }
        }
    }

    public static Score scored(double value) {
        return new Score(ScoreStatus.SCORED, value, null, null);
    }

    /** A value from the judged items only; {@code reason} says why the others were not judged. */
    public static Score partial(double value, UnscoredReason reason, String detail) {
        return new Score(ScoreStatus.PARTIAL, value, reason, detail);
    }

    public static Score unscored(UnscoredReason reason, String detail) {
        return new Score(ScoreStatus.UNSCORED, null, reason, detail);
    }

    /** Scored from every item; a partial score is not. */
    public boolean isScored() {
        return status == ScoreStatus.SCORED;
    }

    /** Scored or partial: there is a value (from all items, or from the judged ones). */
    @JsonIgnore
    public boolean hasValue() {
        return status != ScoreStatus.UNSCORED;
    }

    /** The value of a fully scored result only. */
    public OptionalDouble scoredValue() {
        return isScored() ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    public Optional<UnscoredReason> unscoredReason() {
        return Optional.ofNullable(reason);
    }
}

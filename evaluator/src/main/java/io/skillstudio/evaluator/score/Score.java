package io.skillstudio.evaluator.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A score in [0,1], or an explicit unscored state with its reason. Exactly one of {@code value} and
 * {@code reason} is set; the constructor enforces it so no caller can produce a silent 0.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Score(ScoreStatus status, Double value, UnscoredReason reason, String detail) {

    public Score {
        Objects.requireNonNull(status, "status");
        if (status == ScoreStatus.SCORED) {
            if (value == null || !Double.isFinite(value) || value < 0 || value > 1) {
                throw new IllegalArgumentException("a scored result needs a value in [0,1], got " + value);
            }
            if (reason != null) {
                throw new IllegalArgumentException("a scored result has no unscored reason");
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

    public static Score unscored(UnscoredReason reason, String detail) {
        return new Score(ScoreStatus.UNSCORED, null, reason, detail);
    }

    public boolean isScored() {
        return status == ScoreStatus.SCORED;
    }

    public OptionalDouble scoredValue() {
        return isScored() ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    public Optional<UnscoredReason> unscoredReason() {
        return Optional.ofNullable(reason);
    }
}

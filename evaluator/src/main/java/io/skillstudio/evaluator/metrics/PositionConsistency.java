package io.skillstudio.evaluator.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;

/**
 * The {@code --swap} position-bias check over a run: how many pairs were judged in both orders, how
 * many gave the same verdict both ways, and the rate. Pairs where either order was unscored for another
 * reason are not counted (they say nothing about position).
 */
@JsonPropertyOrder({"pairs", "consistent", "inconsistent", "rate"})
public record PositionConsistency(int pairs, int consistent, int inconsistent, double rate) {

    /** Empty when no pair was judged twice (no {@code --swap}, or every pair failed for other reasons). */
    public static Optional<PositionConsistency> of(int pairs, int consistent) {
        return pairs == 0
                ? Optional.empty()
                : Optional.of(
                        new PositionConsistency(pairs, consistent, pairs - consistent, (double) consistent / pairs));
    }
}

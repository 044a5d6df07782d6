package io.skillstudio.app.studio.run.results;

import java.util.Locale;

/** A sample's state in the results table. */
public enum RowStatus {
    /** Every item was decided and the sample has a score, verdict or best index. */
    SCORED,
    /** The sample has a result, but some of its items were unscored (left out of the aggregation). */
    PARTIAL,
    /** No result: the reason says why. */
    UNSCORED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

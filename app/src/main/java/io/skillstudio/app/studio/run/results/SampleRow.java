package io.skillstudio.app.studio.run.results;

import io.skillstudio.evaluator.score.UnscoredReason;
import java.util.List;

/**
 * One row of the results table. Numbers that do not apply are null, never 0: an unscored sample has
 * no score and no difference.
 *
 * @param result the score ({@code 0.778}), verdict ({@code A}) or best index, as text; empty when unscored
 * @param score the pointwise score, for sorting and charts
 * @param expected the expected value as written, as text
 * @param expectedScore the expected pointwise score
 * @param difference actual minus expected (pointwise), or null
 * @param match whether a verdict or best index equals the expected one, or null
 * @param reason the unscored reason code, or for a partial row the reasons of its unscored items
 * @param skillMismatch the sample names an expected skill other than the one that ran
 * @param expectedSkill the evaluator's skill_mismatch warning, empty without one
 */
public record SampleRow(
        String sampleId,
        int line,
        String result,
        Double score,
        String expected,
        Double expectedScore,
        Double difference,
        Boolean match,
        RowStatus status,
        String reason,
        String detail,
        double latencyMs,
        int modelCalls,
        long tokens,
        boolean skillMismatch,
        String expectedSkill) {

    /** Pointwise differences above this count as disagreements (one tenth of the score range). */
    public static final double DISAGREEMENT_TOLERANCE = 0.1;

    /** The reason code of a pair whose two orders gave different verdicts. */
    public static final String POSITION_INCONSISTENT = UnscoredReason.POSITION_INCONSISTENT.code();

    /** The pair was judged in both orders ({@code --swap}) and the verdicts disagreed. */
    public boolean positionInconsistent() {
        return status == RowStatus.UNSCORED && List.of(reason.split(", ")).contains(POSITION_INCONSISTENT);
    }

    /** The result disagrees with the expected one: another verdict, or a score off by more than the tolerance. */
    public boolean disagrees() {
        if (match != null) {
            return !match;
        }
        return difference != null && Math.abs(difference) > DISAGREEMENT_TOLERANCE;
    }
}

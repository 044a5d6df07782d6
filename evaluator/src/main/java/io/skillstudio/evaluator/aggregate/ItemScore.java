package io.skillstudio.evaluator.aggregate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.verify.Outcome;
import java.util.Objects;

/**
 * One item's contribution: its credit in [0,1] (1 pass, 0 fail, the value for a VALUE outcome) or why
 * it is unscored. An item <em>fails</em> when its credit is below 0.5, upstream's numeric rule for
 * verifier results (skillrm-format §5.5); caps and vetoes trigger on failed items only.
 *
 * @param verifier the registry id, or {@code null} for a judge item
 * @param outcome the verifier's outcome, {@code null} when the verifier did not run
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "source", "severity", "weight", "verifier", "outcome", "score", "failed", "explanation"})
public record ItemScore(
        String id,
        String source,
        ItemSeverity severity,
        double weight,
        String verifier,
        Outcome outcome,
        Score score,
        boolean failed,
        String explanation) {

    public ItemScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(score, "score");
        if (failed && !score.isScored()) {
            throw new IllegalArgumentException("an unscored item cannot have failed");
        }
        explanation = explanation == null ? "" : explanation;
    }

    /** A scored item; {@code failed} follows from the credit. */
    public static ItemScore scored(
            String id,
            String source,
            ItemSeverity severity,
            double weight,
            String verifier,
            Outcome outcome,
            double credit,
            String explanation) {
        return new ItemScore(
                id, source, severity, weight, verifier, outcome, Score.scored(credit), credit < 0.5, explanation);
    }

    public static ItemScore unscored(
            String id, String source, ItemSeverity severity, double weight, String verifier, Score unscored) {
        return new ItemScore(id, source, severity, weight, verifier, null, unscored, false, unscored.detail());
    }
}

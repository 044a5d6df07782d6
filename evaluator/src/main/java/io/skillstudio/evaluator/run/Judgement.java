package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnjudgedItem;
import java.util.List;
import java.util.Objects;

/**
 * What a strategy decided for one sample: the mode's decision, one score per response (empty when
 * the strategy judges the sample as a whole), and the items nobody judged with their reasons.
 *
 * @param positionConsistent {@code --swap}: whether both orders of the pair gave the same verdict; null
 *     when the pair was not judged twice
 */
public record Judgement(
        Decision decision, List<Score> scores, List<UnjudgedItem> unjudged, Boolean positionConsistent) {
    public Judgement {
        Objects.requireNonNull(decision, "decision");
        scores = List.copyOf(scores);
        unjudged = List.copyOf(unjudged);
    }

    public Judgement(Decision decision, List<Score> scores, List<UnjudgedItem> unjudged) {
        this(decision, scores, unjudged, null);
    }
}

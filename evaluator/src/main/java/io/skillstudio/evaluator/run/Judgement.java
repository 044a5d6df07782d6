package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnjudgedItem;
import java.util.List;
import java.util.Objects;

/**
 * What a strategy decided for one sample: the mode's decision, one score per response (empty when
 * the strategy judges the sample as a whole), and the items nobody judged with their reasons.
 */
public record Judgement(Decision decision, List<Score> scores, List<UnjudgedItem> unjudged) {
    public Judgement {
        Objects.requireNonNull(decision, "decision");
        scores = List.copyOf(scores);
        unjudged = List.copyOf(unjudged);
    }
}

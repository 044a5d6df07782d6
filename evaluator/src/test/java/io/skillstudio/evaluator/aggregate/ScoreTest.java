package io.skillstudio.evaluator.aggregate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.ScoreStatus;
import io.skillstudio.evaluator.score.UnscoredReason;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void refusesAnUnscoredStateWithoutReasonOrWithAValue() {
        assertThatThrownBy(() -> new Score(ScoreStatus.UNSCORED, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Score(ScoreStatus.UNSCORED, 0.5, UnscoredReason.INVALID_INPUT, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesScoresOutsideTheUnitInterval() {
        assertThatThrownBy(() -> Score.scored(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.scored(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}

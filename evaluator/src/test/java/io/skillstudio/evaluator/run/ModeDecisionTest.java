package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.score.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModeDecisionTest {

    private static String pairwise(double a, double b, double margin) {
        return ModeDecision.decide(EvalMode.PAIRWISE, List.of(Score.scored(a), Score.scored(b)), margin)
                .verdict();
    }

    @Test
    void aGapEqualToTheMarginTiesWhateverItsFloatingPointSpelling() {
        // 0.8 - 0.7 is 0.10000000000000009 and 0.7 - 0.6 is 0.09999999999999998: both are the margin.
        assertThat(pairwise(0.8, 0.7, 0.1)).isEqualTo("Tie");
        assertThat(pairwise(0.7, 0.6, 0.1)).isEqualTo("Tie");
        assertThat(pairwise(0.6, 0.7, 0.1)).isEqualTo("Tie");
    }

    @Test
    void aGapClearlyBeyondTheMarginStillDecides() {
        assertThat(pairwise(0.81, 0.7, 0.1)).isEqualTo("A");
        assertThat(pairwise(0.5, 0.7, 0.1)).isEqualTo("B");
        assertThat(pairwise(0.5, 0.5, 0.0)).isEqualTo("Tie");
        assertThat(pairwise(0.5 + 1e-6, 0.5, 0.0)).isEqualTo("A");
    }
}

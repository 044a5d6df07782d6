package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.ScoreStatus;
import java.util.List;

/** Turns the per-response scores into the mode's decision. Pure, so it is tested on its own. */
final class ModeDecision {

    /**
     * Scores are sums of binary fractions (0.7 - 0.6 is 0.09999999999999998), so a difference equal
     * to the margin must be compared with a little slack or the same gap ties one way and not another.
     */
    static final double TIE_EPSILON = 1e-9;

    private ModeDecision() {}

    static Decision decide(EvalMode mode, List<Score> scores, double tieMargin) {
        Decision decided = valueOf(mode, scores, tieMargin);
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            if (s.status() == ScoreStatus.PARTIAL) {
                // Decided from the judged items only: the decision says so rather than passing for a full one.
                String who = mode == EvalMode.POINTWISE ? "response" : "response " + label(i);
                return decided.asPartial(
                        s.reason(), who + " is partial" + (s.detail() == null ? "" : ": " + s.detail()));
            }
        }
        return decided;
    }

    private static Decision valueOf(EvalMode mode, List<Score> scores, double tieMargin) {
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            if (!s.hasValue()) {
                // A comparison with an unknown side is not a comparison: the sample is unscored.
                String who = mode == EvalMode.POINTWISE ? "response" : "response " + label(i);
                return Decision.unscored(
                        s.reason(), who + " is unscored" + (s.detail() == null ? "" : ": " + s.detail()));
            }
        }
        return switch (mode) {
            case POINTWISE -> Decision.score(scores.get(0).value());
            case PAIRWISE -> {
                double diff = scores.get(0).value() - scores.get(1).value();
                yield Decision.verdict(Math.abs(diff) <= tieMargin + TIE_EPSILON ? "Tie" : diff > 0 ? "A" : "B");
            }
            case LISTWISE -> {
                int best = 0;
                for (int i = 1; i < scores.size(); i++) {
                    // Strictly greater: equal scores keep the earlier response, a documented, stable choice.
                    if (scores.get(i).value() > scores.get(best).value()) {
                        best = i;
                    }
                }
                yield Decision.best(best);
            }
        };
    }

    static String label(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : String.valueOf(index);
    }
}

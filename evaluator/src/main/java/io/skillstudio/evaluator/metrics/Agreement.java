package io.skillstudio.evaluator.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.Expected;
import java.util.List;

/**
 * Agreement with expected values, over samples with a value (scored, or partial: {@code comparedPartial}
 * says how many of the compared samples were decided without some items) that have one. Pointwise: mean absolute error and
 * Kendall tau-b between expected and actual scores; pairwise/listwise: accuracy of verdicts/best indices.
 * Fields that do not apply, or have no data, are null (absent in JSON), never 0.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"compared", "comparedPartial", "accuracy", "meanAbsoluteError", "kendallTauB"})
public record Agreement(int compared, int comparedPartial, Double accuracy, Double meanAbsoluteError,
        Double kendallTauB) {

    public static Agreement of(EvalMode mode, List<SampleResult> results) {
        Builder b = new Builder(mode);
        results.forEach(b::add);
        return b.build();
    }

    /**
     * Collects agreement one result at a time, keeping only the compared values. Partial decisions are
     * compared and counted apart, so the reader knows how much of the agreement rests on them.
     */
    public static final class Builder {
        private final EvalMode mode;
        private double[] expected = new double[16];
        private double[] actual = new double[16];
        private int pairs;
        private int matches;
        private int compared;
        private int partial;

        public Builder(EvalMode mode) {
            this.mode = mode;
        }

        public void add(SampleResult r) {
            boolean isPartial = r.decision().hasValue() && !r.decision().isScored();
            if (mode == EvalMode.POINTWISE) {
                if (r.decision().hasValue() && r.expected() != null) {
                    var e = new Expected(r.expected()).score();
                    if (e.isPresent()) {
                        pair(e.getAsDouble(), r.decision().score());
                        partial += isPartial ? 1 : 0;
                    }
                }
            } else if (r.match() != null) {
                compared++;
                partial += isPartial ? 1 : 0;
                if (r.match()) {
                    matches++;
                }
            }
        }

        private void pair(double e, double a) {
            if (pairs == expected.length) {
                expected = java.util.Arrays.copyOf(expected, pairs * 2);
                actual = java.util.Arrays.copyOf(actual, pairs * 2);
            }
            expected[pairs] = e;
            actual[pairs++] = a;
        }

        public Agreement build() {
            if (mode == EvalMode.POINTWISE) {
                if (pairs == 0) {
                    return new Agreement(0, 0, null, null, null);
                }
                double sum = 0;
                for (int i = 0; i < pairs; i++) {
                    sum += Math.abs(expected[i] - actual[i]);
                }
                var tau = KendallTau.tauB(java.util.Arrays.copyOf(expected, pairs), java.util.Arrays.copyOf(actual, pairs));
                return new Agreement(pairs, partial, null, sum / pairs, tau.isPresent() ? tau.getAsDouble() : null);
            }
            if (compared == 0) {
                return new Agreement(0, 0, null, null, null);
            }
            return new Agreement(compared, partial, matches / (double) compared, null, null);
        }
    }
}

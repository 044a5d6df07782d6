package io.skillstudio.evaluator.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.Expected;
import java.util.Arrays;
import java.util.List;

/**
 * Agreement with expected values, over samples with a value (scored, or partial: {@code comparedPartial}
 * says how many of the compared samples were decided without some items) that have one. Pointwise: mean
 * absolute error and Kendall tau-b between expected and actual scores; pairwise/listwise: accuracy of
 * verdicts/best indices. Fields that do not apply, or have no data, are null (absent in JSON), never 0. A
 * pointwise {@code expected} outside [0,1] (a 1-5 scale, a typo) cannot be compared; it is counted in
 * {@code expectedOutOfRange} instead of vanishing from the agreement.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"compared", "comparedPartial", "expectedOutOfRange", "accuracy", "meanAbsoluteError", "kendallTauB"
})
public record Agreement(
        int compared,
        int comparedPartial,
        Integer expectedOutOfRange,
        Double accuracy,
        Double meanAbsoluteError,
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
        private int outOfRange;

        public Builder(EvalMode mode) {
            this.mode = mode;
        }

        public void add(SampleResult r) {
            boolean isPartial = r.decision().hasValue() && !r.decision().isScored();
            if (mode == EvalMode.POINTWISE) {
                if (r.expected() == null) {
                    return;
                }
                var e = new Expected(r.expected()).score();
                if (e.isEmpty()) {
                    outOfRange++;
                } else if (r.decision().hasValue()) {
                    pair(e.getAsDouble(), r.decision().score());
                    partial += isPartial ? 1 : 0;
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
                expected = Arrays.copyOf(expected, pairs * 2);
                actual = Arrays.copyOf(actual, pairs * 2);
            }
            expected[pairs] = e;
            actual[pairs++] = a;
        }

        public Agreement build() {
            Integer bad = outOfRange == 0 ? null : outOfRange;
            if (mode == EvalMode.POINTWISE) {
                if (pairs == 0) {
                    return new Agreement(0, 0, bad, null, null, null);
                }
                double sum = 0;
                for (int i = 0; i < pairs; i++) {
                    sum += Math.abs(expected[i] - actual[i]);
                }
                var tau = KendallTau.tauB(Arrays.copyOf(expected, pairs), Arrays.copyOf(actual, pairs));
                return new Agreement(
                        pairs, partial, bad, null, sum / pairs, tau.isPresent() ? tau.getAsDouble() : null);
            }
            if (compared == 0) {
                return new Agreement(0, 0, bad, null, null, null);
            }
            return new Agreement(compared, partial, bad, matches / (double) compared, null, null);
        }
    }
}

package io.skillstudio.evaluator.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.Expected;
import java.util.ArrayList;
import java.util.List;

/**
 * Agreement with expected values, over scored samples that have one. Pointwise: mean absolute error and
 * Kendall tau-b between expected and actual scores; pairwise/listwise: accuracy of verdicts/best indices.
 * Fields that do not apply, or have no data, are null (absent in JSON), never 0. A pointwise
 * {@code expected} outside [0,1] (a 1-5 scale, a typo) cannot be compared; it is counted in
 * {@code expectedOutOfRange} instead of vanishing from the agreement.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"compared", "expectedOutOfRange", "accuracy", "meanAbsoluteError", "kendallTauB"})
public record Agreement(int compared, Integer expectedOutOfRange, Double accuracy, Double meanAbsoluteError,
        Double kendallTauB) {

    public Agreement(int compared, Double accuracy, Double meanAbsoluteError, Double kendallTauB) {
        this(compared, null, accuracy, meanAbsoluteError, kendallTauB);
    }

    public static Agreement of(EvalMode mode, List<SampleResult> results) {
        if (mode == EvalMode.POINTWISE) {
            List<double[]> pairs = new ArrayList<>();
            int outOfRange = 0;
            for (SampleResult r : results) {
                if (r.expected() != null && new Expected(r.expected()).score().isEmpty()) {
                    outOfRange++;
                } else if (r.decision().isScored() && r.expected() != null) {
                    new Expected(r.expected()).score().ifPresent(e -> pairs.add(new double[] {e, r.decision().score()}));
                }
            }
            Integer bad = outOfRange == 0 ? null : outOfRange;
            if (pairs.isEmpty()) {
                return new Agreement(0, bad, null, null, null);
            }
            double mae = pairs.stream().mapToDouble(p -> Math.abs(p[0] - p[1])).average().orElseThrow();
            double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
            double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
            var tau = KendallTau.tauB(x, y);
            return new Agreement(pairs.size(), bad, null, mae, tau.isPresent() ? tau.getAsDouble() : null);
        }
        List<Boolean> matches = results.stream().filter(r -> r.match() != null).map(SampleResult::match).toList();
        if (matches.isEmpty()) {
            return new Agreement(0, null, null, null);
        }
        double accuracy = matches.stream().filter(Boolean::booleanValue).count() / (double) matches.size();
        return new Agreement(matches.size(), accuracy, null, null);
    }
}

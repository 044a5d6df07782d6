package io.skillstudio.app.studio.run.results;

import io.skillstudio.app.studio.trace.Figures;
import io.skillstudio.evaluator.judge.cost.CallCost;
import io.skillstudio.evaluator.judge.cost.TraceCosts;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.Expected;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.SampleWarning;
import io.skillstudio.evaluator.trace.Trace;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/** Builds results-table rows from a result and its trace (when known). */
public final class SampleRows {

    private SampleRows() {}

    public static SampleRow of(SampleResult r, Optional<Trace> trace) {
        Decision d = r.decision();
        String result = !d.hasValue()
                ? ""
                : d.score() != null ? format(d.score()) : d.verdict() != null ? d.verdict() : String.valueOf(d.best());
        Double expectedScore = r.expected() == null ? null : boxed(new Expected(r.expected()).score());
        Double difference =
                d.hasValue() && d.score() != null && expectedScore != null ? d.score() - expectedScore : null;
        RowStatus status = d.isScored() ? RowStatus.SCORED : d.hasValue() ? RowStatus.PARTIAL : RowStatus.UNSCORED;
        TreeSet<String> reasons = new TreeSet<>();
        if (d.reason() != null) {
            reasons.add(d.reason().code());
        }
        r.unjudged().forEach(u -> reasons.add(u.reason().code()));
        CallCost cost = trace.map(t -> TraceCosts.of(t.events(), r.latencyMs())).orElse(CallCost.NONE);
        Optional<SampleWarning> mismatch = r.warnings().stream()
                .filter(w -> SampleWarning.SKILL_MISMATCH.equals(w.code()))
                .findFirst();
        return new SampleRow(
                r.sampleId(),
                r.line(),
                result,
                d.hasValue() ? d.score() : null,
                r.expected() == null ? "" : expectedText(r.expected()),
                expectedScore,
                difference,
                r.match(),
                status,
                String.join(", ", reasons),
                d.detail() == null ? "" : d.detail(),
                r.latencyMs(),
                cost.modelCalls(),
                cost.tokensIn() + cost.tokensOut(),
                mismatch.isPresent(),
                mismatch.map(SampleWarning::message).orElse(""));
    }

    private static String expectedText(Object expected) {
        return expected instanceof Number n ? format(n.doubleValue()) : String.valueOf(expected);
    }

    /** Three decimals, the precision the table shows (the files keep full precision). */
    public static String format(double v) {
        return Figures.format(v);
    }

    private static Double boxed(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }
}

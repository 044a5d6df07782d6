package io.skillstudio.app.studio.results;

import io.skillstudio.evaluator.judge.cost.CallCost;
import io.skillstudio.evaluator.judge.cost.TraceCosts;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.Expected;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** Builds results-table rows from a result, its trace (when known) and its sample (when known). */
public final class SampleRows {

    private SampleRows() {}

    public static SampleRow of(SampleResult r, Optional<Trace> trace, Optional<Sample> sample) {
        Decision d = r.decision();
        String result = !d.isScored() ? "" : d.score() != null ? format(d.score())
                : d.verdict() != null ? d.verdict() : String.valueOf(d.best());
        Double expectedScore = r.expected() == null ? null
                : boxed(new Expected(r.expected()).score());
        Double difference = d.isScored() && d.score() != null && expectedScore != null ? d.score() - expectedScore : null;
        TreeSet<String> itemReasons = new TreeSet<>();
        trace.ifPresent(t -> {
            for (TraceEvent e : t.events()) {
                if (e instanceof TraceEvents.Aggregation a) {
                    itemReasons.addAll(a.breakdown().unscoredByReason().keySet());
                }
            }
        });
        RowStatus status = !d.isScored() ? RowStatus.UNSCORED : itemReasons.isEmpty() ? RowStatus.SCORED : RowStatus.PARTIAL;
        String reason = !d.isScored() ? d.reason().code() : String.join(", ", itemReasons);
        CallCost cost = trace.map(t -> TraceCosts.of(t.events(), r.latencyMs())).orElse(CallCost.NONE);
        String expectedSkill = sample.flatMap(Sample::expectedSkill).orElse("");
        boolean mismatch = !expectedSkill.isEmpty() && !expectedSkill.equals(r.provenance().skillName());
        return new SampleRow(r.sampleId(), r.line(), result, d.isScored() ? d.score() : null,
                r.expected() == null ? "" : expectedText(r.expected()), expectedScore, difference, r.match(), status,
                reason, d.detail() == null ? "" : d.detail(), r.latencyMs(), cost.modelCalls(),
                cost.tokensIn() + cost.tokensOut(), mismatch, expectedSkill);
    }

    private static String expectedText(Object expected) {
        return expected instanceof Number n ? format(n.doubleValue()) : String.valueOf(expected);
    }

    /** Three decimals, the precision the table shows (the files keep full precision). */
    public static String format(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static Double boxed(java.util.OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }
}

package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.aggregate.AggregationPolicy;
import io.skillstudio.evaluator.aggregate.Aggregator;
import io.skillstudio.evaluator.aggregate.Breakdown;
import io.skillstudio.evaluator.aggregate.ItemScore;
import io.skillstudio.evaluator.checklist.BoundItem;
import io.skillstudio.evaluator.checklist.ChecklistItem;
import io.skillstudio.evaluator.judge.ItemVerdict;
import io.skillstudio.evaluator.python.RegexBudget;
import io.skillstudio.evaluator.python.RegexBudgetExceededException;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.trace.TraceRecorder;
import io.skillstudio.evaluator.verify.EvidenceSpans;
import io.skillstudio.evaluator.verify.Outcome;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the bound items on one response, recording each step, and aggregates them. */
final class ResponseScorer {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseScorer.class);

    /** The verifier id under which model-judged items appear in results and traces. */
    static final String JUDGE_MODEL = "judge:model";

    private ResponseScorer() {}

    static Breakdown score(
            int index, VerifierInput input, List<BoundItem> items, AggregationPolicy policy, TraceRecorder rec) {
        return score(index, input, items, policy, ModelItems.Verdicts.NONE, rec);
    }

    static Breakdown score(
            int index,
            VerifierInput input,
            List<BoundItem> items,
            AggregationPolicy policy,
            ModelItems.Verdicts verdicts,
            TraceRecorder rec) {
        // One step budget for every regex of this response (RegexBudget.PER_SAMPLE).
        return RegexBudget.perSample(() -> scoreWithinBudget(index, input, items, policy, verdicts, rec));
    }

    private static Breakdown scoreWithinBudget(
            int index,
            VerifierInput input,
            List<BoundItem> items,
            AggregationPolicy policy,
            ModelItems.Verdicts verdicts,
            TraceRecorder rec) {
        List<ItemScore> scores = new ArrayList<>();
        for (BoundItem bound : items) {
            if (bound instanceof BoundItem.Ready r) {
                scores.add(run(index, input, r, rec));
            } else if (bound instanceof BoundItem.Blocked b
                    && b.item().judge()
                    && verdicts != ModelItems.Verdicts.NONE) {
                scores.add(judged(index, b.item(), verdicts, rec));
            } else if (bound instanceof BoundItem.Blocked b) {
                scores.add(blocked(index, b.item(), b.reason(), b.message(), rec));
            }
        }
        TraceRecorder.Stamp st = rec.start(rec.root(), index, null);
        Breakdown breakdown = Aggregator.aggregate(policy, scores);
        rec.add(new TraceEvents.Aggregation(
                st.id(), st.parent(), index, null, st.timestamp(), st.elapsedMs(), breakdown));
        return breakdown;
    }

    private static ItemScore run(int index, VerifierInput input, BoundItem.Ready r, TraceRecorder rec) {
        ChecklistItem item = r.item();
        TraceRecorder.Stamp st = rec.start(rec.root(), index, item.id());
        VerifierResult result;
        try {
            result = r.verifier().verify(input, r.params());
        } catch (RegexBudgetExceededException e) {
            return blocked(
                    index,
                    item,
                    UnscoredReason.VERIFIER_BUDGET,
                    "verifier '" + r.verifier().id() + "': " + e.getMessage(),
                    rec);
        } catch (StackOverflowError e) {
            // Deep recursion (a regex such as (a|b)*c on a long response, deeply nested JSON) spent the
            // stack, a resource bound like the step budget; the stack has unwound, the thread is healthy.
            return blocked(
                    index,
                    item,
                    UnscoredReason.VERIFIER_BUDGET,
                    "verifier '" + r.verifier().id() + "' overflowed the stack",
                    rec);
        } catch (RuntimeException e) {
            // A user regex can overflow the matcher's recursion; the stack has unwound by now, so the
            // thread is healthy and only this item is lost. OutOfMemoryError is left to propagate.
            LOG.debug("verifier {} failed on item {}", r.verifier().id(), item.id(), e);
            return blocked(
                    index,
                    item,
                    UnscoredReason.VERIFIER_ERROR,
                    "verifier '" + r.verifier().id() + "' failed: " + e,
                    rec);
        }
        rec.add(new TraceEvents.VerifierRun(
                st.id(),
                st.parent(),
                index,
                item.id(),
                st.timestamp(),
                st.elapsedMs(),
                r.verifier().id(),
                r.params().asMap(),
                result.outcome(),
                result.value(),
                result.explanation(),
                EvidenceSpans.forTrace(input.response(), result.evidence())));
        double credit = switch (result.outcome()) {
            case PASS -> 1;
            case FAIL -> 0;
            case VALUE -> result.value();
        };
        if (result.outcome() == Outcome.VALUE && !(credit >= 0 && credit <= 1)) {
            return blocked(
                    index,
                    item,
                    UnscoredReason.VERIFIER_ERROR,
                    "verifier '" + r.verifier().id() + "' measured " + credit + ", which is not a credit in [0,1]",
                    rec);
        }
        return ItemScore.scored(
                item.id(),
                item.source(),
                item.severity(),
                item.weight(),
                r.verifier().id(),
                result.outcome(),
                credit,
                result.explanation());
    }

    /** A {@code judge: model} item: the judge's verdict, recorded like a verifier run so traces read alike. */
    private static ItemScore judged(int index, ChecklistItem item, ModelItems.Verdicts verdicts, TraceRecorder rec) {
        ItemVerdict v = verdicts.byItem().get(item.id());
        if (v == null || v.satisfied().isEmpty()) {
            UnscoredReason reason = v == null ? verdicts.fallback() : ModelItems.reasonOf(v, verdicts);
            String why = v == null ? verdicts.fallbackDetail() : v.note();
            return blocked(index, item, reason, "model judge: " + (why.isEmpty() ? reason.code() : why), rec);
        }
        boolean ok = v.satisfied().get();
        Outcome outcome = ok ? Outcome.PASS : Outcome.FAIL;
        TraceRecorder.Stamp st =
                rec.start(verdicts.decidedBy() == null ? rec.root() : verdicts.decidedBy(), index, item.id());
        rec.add(new TraceEvents.VerifierRun(
                st.id(),
                st.parent(),
                index,
                item.id(),
                st.timestamp(),
                0.0,
                JUDGE_MODEL,
                Map.of(),
                outcome,
                ok ? 1 : 0,
                v.note(),
                List.of()));
        return ItemScore.scored(
                item.id(), item.source(), item.severity(), item.weight(), JUDGE_MODEL, outcome, ok ? 1 : 0, v.note());
    }

    private static ItemScore blocked(
            int index, ChecklistItem item, UnscoredReason reason, String message, TraceRecorder rec) {
        rec.add(TraceEvents.Error.of(rec.start(rec.root(), index, item.id()), reason, message));
        return ItemScore.unscored(
                item.id(),
                item.source(),
                item.severity(),
                item.weight(),
                item.verifier().orElse(null),
                Score.unscored(reason, message));
    }
}

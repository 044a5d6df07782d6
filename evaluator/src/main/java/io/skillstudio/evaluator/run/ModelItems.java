package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.checklist.BoundItem;
import io.skillstudio.evaluator.checklist.ChecklistItem;
import io.skillstudio.evaluator.judge.ItemVerdict;
import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.judge.JudgeOutcome;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.judge.tools.ToolNames;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceRecorder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes a sample's {@code judge: model} items through the model judge, one pointwise loop per
 * response, so each response gets its own verdicts and the mode decision stays the same as for
 * deterministic items. The judge's events go into the sample's trace.
 */
final class ModelItems {

    /** The verdicts for one response, and the reason to use for any item the judge left undecided. */
    /**
     * @param decidedBy the id of the trace event that gave the verdicts (the final answer's tool call), or
     *     null; judged items are linked under it
     */
    record Verdicts(Map<String, ItemVerdict> byItem, UnscoredReason fallback, String fallbackDetail, String decidedBy) {
        static final Verdicts NONE = new Verdicts(Map.of(), UnscoredReason.JUDGE_UNAVAILABLE, "", null);
    }

    private ModelItems() {}

    static List<ChecklistItem> of(List<BoundItem> items) {
        return items.stream()
                .filter(b -> b instanceof BoundItem.Blocked && b.item().judge())
                .map(BoundItem::item)
                .toList();
    }

    static Verdicts judge(SampleContext context, Sample sample, int response, List<ChecklistItem> items) {
        Optional<Judge> judge = context.judge();
        EvalSubject subject = context.subject();
        TraceRecorder rec = context.recorder();
        if (judge.isEmpty() || items.isEmpty()) {
            return Verdicts.NONE;
        }
        List<JudgeSample.ModelItem> asked = items.stream()
                .map(i -> new JudgeSample.ModelItem(i.id(), i.description()))
                .toList();
        String id = sample.responses().size() == 1 ? sample.id() : sample.id() + "#" + JudgeSample.label(response);
        JudgeSample js = JudgeSample.pointwise(
                        id, sample.prompt(), sample.responses().get(response))
                .withModelItems(asked);
        if (!sample.reference().isEmpty()) {
            js = new JudgeSample(js.id(), js.mode(), "", "", js.prompt(), js.responses(), sample.reference(), asked);
        }
        JudgeOutcome outcome = judge.get().judge(subject.pkg(), subject.contentHash(), js, rec, context::cancelled);
        Map<String, ItemVerdict> byItem = new HashMap<>();
        outcome.items().forEach(v -> byItem.put(v.itemId(), v));
        UnscoredReason fallback = outcome.reason().orElse(UnscoredReason.NO_FINAL_ANSWER);
        String detail = outcome.scored() ? "the judge's final answer did not decide this item" : outcome.detail();
        String decidedBy = outcome.events().stream()
                .filter(e -> e instanceof ToolCall t && ToolNames.FINAL_ANSWER.equals(t.name()) && t.ok())
                .map(TraceEvent::id)
                .reduce((a, b) -> b)
                .orElse(null);
        return new Verdicts(byItem, fallback, detail, decidedBy);
    }

    static UnscoredReason reasonOf(ItemVerdict v, Verdicts verdicts) {
        return v.reason().orElse(verdicts.fallback());
    }
}

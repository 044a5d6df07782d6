package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.aggregate.Breakdown;
import io.skillstudio.evaluator.aggregate.ItemScore;
import io.skillstudio.evaluator.checklist.BoundItem;
import io.skillstudio.evaluator.checklist.ChecklistBinder;
import io.skillstudio.evaluator.checklist.ChecklistItem;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnjudgedItem;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.trace.TraceRecorder;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a sample by its checklist: the package checklist plus the sample's own items, on each
 * response, then the mode's decision. Deterministic items run natively; {@code judge: model} items go
 * to the model judge when the context has one (hybrid), and stay unjudged with
 * {@code judge_unavailable} when it does not. Thread safe: the bound package items are immutable.
 */
public final class ChecklistStrategy implements SampleJudgeStrategy {

    private final EvalSubject subject;
    private final ChecklistBinder binder;
    private final List<BoundItem> packageItems;

    public ChecklistStrategy(EvalSubject subject, VerifierRegistry registry) {
        this.subject = subject;
        this.binder = new ChecklistBinder(registry);
        this.packageItems = binder.bind(subject.checklist().items());
    }

    @Override
    public String id() {
        return "checklist";
    }

    @Override
    public int itemCount(Sample sample) {
        return packageItems.size() + sample.items().size();
    }

    @Override
    public Judgement judge(Sample sample, SampleContext context) {
        TraceRecorder rec = context.recorder();
        List<BoundItem> items = new ArrayList<>(packageItems);
        items.addAll(binder.bind(sample.items()));
        if (!subject.checklistId().isEmpty()) {
            rec.add(TraceEvents.ResourceViewed.of(
                    rec.start(), subject.checklistId(), subject.checklist().file(), packageItems.size()));
        }
        if (!sample.items().isEmpty()) {
            rec.add(TraceEvents.ResourceViewed.of(
                    rec.start(), "sample.checklist", "", sample.items().size()));
        }
        List<ChecklistItem> modelItems = ModelItems.of(items);
        List<Score> scores = new ArrayList<>();
        List<UnjudgedItem> unjudged = new ArrayList<>();
        for (int i = 0; i < sample.responses().size(); i++) {
            if (context.cancelled()) {
                return cancelled(rec, i, sample.responses().size());
            }
            try (TraceRecorder.Scope ignored = rec.scope(rec.root(), i, null)) {
                VerifierInput input = new VerifierInput(sample.responses().get(i), sample.prompt(), sample.reference());
                ModelItems.Verdicts verdicts = ModelItems.judge(context, sample, i, modelItems);
                Breakdown b = ResponseScorer.score(
                        i, input, items, subject.checklist().aggregation(), verdicts, rec);
                scores.add(b.score());
                for (ItemScore is : b.items()) {
                    if (!is.score().isScored()) {
                        unjudged.add(new UnjudgedItem(
                                i, is.id(), is.score().reason(), is.score().detail()));
                    }
                }
            }
        }
        if (context.cancelled()
                && modelItems.stream().findAny().isPresent()
                && unjudged.stream().anyMatch(u -> u.reason() == UnscoredReason.CANCELLED)) {
            return cancelled(rec, sample.responses().size(), sample.responses().size());
        }
        return new Judgement(
                ModeDecision.decide(
                        context.settings().mode(), scores, context.settings().tieMargin()),
                scores,
                unjudged);
    }

    private static Judgement cancelled(TraceRecorder rec, int done, int total) {
        String why = "the run was cancelled after " + done + " of " + total + " responses";
        rec.add(TraceEvents.Error.of(rec.start(), UnscoredReason.CANCELLED, why));
        return new Judgement(Decision.unscored(UnscoredReason.CANCELLED, why), List.of(), List.of());
    }
}

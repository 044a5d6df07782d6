package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.aggregate.Breakdown;
import io.skillstudio.evaluator.checklist.BoundItem;
import io.skillstudio.evaluator.checklist.ChecklistBinder;
import io.skillstudio.evaluator.judge.JudgeMode;
import io.skillstudio.evaluator.judge.JudgeOutcome;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.judge.tools.SampleResource;
import io.skillstudio.evaluator.judge.wholeskill.SampleResources;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.trace.TraceRecorder;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whole-skill judging: the model loads the skill and judges the sample with upstream's tools and the
 * mode's output contract (skillrm-format.md §3.4–§3.6), over the package's resources plus the ones built
 * from the sample. A package checklist's deterministic items run natively first and reach the model as
 * the resource {@code sample.native_checklist_results} (hybrid). With {@code swap}, a pair is judged in
 * both orders; verdicts that disagree are {@code position_inconsistent}, never a coin flip.
 * Thread safe: no mutable state.
 */
public final class WholeSkillStrategy implements SampleJudgeStrategy {
    private final EvalSubject subject;
    private final boolean swap;
    private final List<BoundItem> readyItems;
    private final VerifierRegistry registry;
    private final boolean operational;

    public WholeSkillStrategy(
            EvalSubject subject, VerifierRegistry registry, Optional<String> allowedSetting, boolean swap) {
        this.subject = subject;
        this.swap = swap;
        this.readyItems = new ChecklistBinder(registry)
                .bind(subject.checklist().items()).stream()
                        .filter(BoundItem.Ready.class::isInstance)
                        .toList();
        this.registry = registry;
        this.operational = declaresSampleResources(subject)
                || allowedSetting.filter("skill_operational"::equals).isPresent();
    }

    /** R1 mounts its operational files for packages that declare {@code runtime_sample} entries (§6.2). */
    private static boolean declaresSampleResources(EvalSubject subject) {
        return subject.pkg()
                .manifest()
                .map(m -> m.entries().stream()
                        .anyMatch(e -> e.implementationKind()
                                .filter("runtime_sample"::equals)
                                .isPresent()))
                .orElse(false);
    }

    @Override
    public String id() {
        return "whole_skill";
    }

    @Override
    public int itemCount(Sample sample) {
        return readyItems.size() + sample.items().size();
    }

    @Override
    public Judgement judge(Sample sample, SampleContext context) {
        TraceRecorder rec = context.recorder();
        EvalMode mode = context.settings().mode();
        if (context.judge().isEmpty()) {
            return refused(
                    rec,
                    UnscoredReason.JUDGE_UNAVAILABLE,
                    "whole-skill judging needs a model judge "
                            + "(--judge-base-url and --judge-model); no checklist can score this package without one");
        }
        JudgeSample js = judgeSample(sample, mode);
        Optional<Object> evidence = nativeEvidence(sample, rec);
        JudgeOutcome first = judgeOnce(sample, js, evidence, context);
        if (!first.scored()) {
            return new Judgement(unscored(first, ""), List.of(), List.of());
        }
        if (swap && mode == EvalMode.PAIRWISE) {
            JudgeOutcome second = judgeOnce(sample, js.reordered(List.of(1, 0)), evidence, context);
            if (!second.scored()) {
                return new Judgement(unscored(second, "swapped order (B/A): "), List.of(), List.of());
            }
            String back = flip(second.label().orElseThrow());
            boolean consistent = back.equals(first.label().orElseThrow());
            Decision d = consistent
                    ? Decision.verdict(back)
                    : Decision.unscored(
                            UnscoredReason.POSITION_INCONSISTENT,
                            "A/B order gave " + first.label().get() + ", B/A order gave "
                                    + second.label().get() + " (= " + back + " in A/B terms)");
            return new Judgement(d, List.of(), List.of(), consistent);
        }
        Decision d = switch (mode) {
            case POINTWISE -> Decision.score(first.score().orElseThrow());
            case PAIRWISE -> Decision.verdict(first.label().orElseThrow());
            case LISTWISE -> Decision.best(js.labels().indexOf(first.label().orElseThrow()));
        };
        List<Score> scores = mode == EvalMode.POINTWISE ? List.of(Score.scored(d.score())) : List.of();
        return new Judgement(d, scores, List.of());
    }

    private JudgeOutcome judgeOnce(Sample sample, JudgeSample js, Optional<Object> evidence, SampleContext context) {
        TraceRecorder rec = context.recorder();
        List<SampleResource> resources = SampleResources.build(
                sample,
                js,
                registry,
                new SampleResources.Options(
                        operational, evidence, context.judge().map(j -> j.verifierCode())));
        for (SampleResource r : resources) {
            // What the model could read about this sample, so the trace alone shows it.
            rec.add(TraceEvents.ResourceViewed.of(rec.start(), r.id(), r.path(), 0));
        }
        return context.judge()
                .orElseThrow()
                .judge(subject.pkg(), subject.contentHash(), js, resources, rec, context::cancelled);
    }

    /** Hybrid: the package checklist's deterministic items, run natively on every response before the model. */
    private Optional<Object> nativeEvidence(Sample sample, TraceRecorder rec) {
        if (readyItems.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> perLabel = new LinkedHashMap<>();
        for (int i = 0; i < sample.responses().size(); i++) {
            try (TraceRecorder.Scope ignored = rec.scope(rec.root(), i, null)) {
                VerifierInput input = new VerifierInput(sample.responses().get(i), sample.prompt(), sample.reference());
                Breakdown b = ResponseScorer.score(
                        i, input, readyItems, subject.checklist().aggregation(), rec);
                perLabel.put(JudgeSample.label(i), b);
            }
        }
        return Optional.of(perLabel);
    }

    private static JudgeSample judgeSample(Sample s, EvalMode mode) {
        String system = s.metadata().get("system_prompt") instanceof String t ? t : "";
        String history = s.metadata().get("history") instanceof String t ? t : "";
        boolean judgeBench = s.metadata().get("benchmark") instanceof String b
                && b.toLowerCase(Locale.ROOT).startsWith("judgebench");
        return new JudgeSample(
                s.id(),
                JudgeMode.valueOf(mode.name()),
                system,
                history,
                s.prompt(),
                s.responses(),
                s.reference(),
                List.of(),
                !judgeBench);
    }

    private static Decision unscored(JudgeOutcome o, String prefix) {
        return Decision.unscored(o.reason().orElseThrow(), prefix + o.detail());
    }

    private static Judgement refused(TraceRecorder rec, UnscoredReason reason, String message) {
        rec.add(TraceEvents.Error.of(rec.start(), reason, message));
        return new Judgement(Decision.unscored(reason, message), List.of(), List.of());
    }

    private static String flip(String verdict) {
        return switch (verdict) {
            case "A" -> "B";
            case "B" -> "A";
            default -> verdict;
        };
    }
}

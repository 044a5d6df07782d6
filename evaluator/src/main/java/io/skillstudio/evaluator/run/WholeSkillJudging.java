package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.aggregate.Breakdown;
import io.skillstudio.evaluator.checklist.BoundItem;
import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.judge.JudgeMode;
import io.skillstudio.evaluator.judge.JudgeOutcome;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.judge.tools.SampleResource;
import io.skillstudio.evaluator.judge.wholeskill.SampleResources;
import io.skillstudio.evaluator.sample.Expected;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.trace.TraceRecorder;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.time.Clock;
import java.util.ArrayList;
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
final class WholeSkillJudging {
    private final EvalSubject subject;
    private final EvalSettings settings;
    private final Optional<Judge> judge;
    private final boolean swap;
    private final List<BoundItem> readyItems;
    private final VerifierRegistry registry;
    private final boolean operational;
    private final Clock clock;

    WholeSkillJudging(EvalSubject subject, EvalSettings settings, Optional<Judge> judge, boolean swap,
            List<BoundItem> packageItems, VerifierRegistry registry, Clock clock) {
        this.subject = subject;
        this.settings = settings;
        this.judge = judge;
        this.swap = swap;
        this.readyItems = packageItems.stream().filter(BoundItem.Ready.class::isInstance).toList();
        this.registry = registry;
        this.clock = clock;
        this.operational = declaresSampleResources(subject) || judge.flatMap(Judge::allowedSetting)
                .filter("skill_operational"::equals).isPresent();
    }

    /** R1 mounts its operational files for packages that declare {@code runtime_sample} entries (§6.2). */
    private static boolean declaresSampleResources(EvalSubject subject) {
        return subject.pkg().manifest().map(m -> m.entries().stream()
                .anyMatch(e -> e.implementationKind().filter("runtime_sample"::equals).isPresent())).orElse(false);
    }

    Evaluation evaluate(Sample sample, Provenance provenance) {
        long t0 = System.nanoTime();
        TraceRecorder rec = new TraceRecorder(clock);
        TraceRecorder.Stamp start = rec.start();
        rec.add(new TraceEvents.RunStarted(start.id(), start.timestamp(), 0.0, sample.id(), settings.mode().code(),
                sample.responses().size(), readyItems.size() + sample.items().size()));
        Decision decision;
        List<Score> scores = new ArrayList<>();
        Boolean consistent = null;
        Optional<String> invalid = ModeResolver.problem(settings.mode(), sample.responses().size(), true);
        if (invalid.isPresent()) {
            decision = error(rec, UnscoredReason.INVALID_INPUT, invalid.get());
        } else if (judge.isEmpty()) {
            decision = error(rec, UnscoredReason.JUDGE_UNAVAILABLE, "whole-skill judging needs a model judge "
                    + "(--judge-base-url and --judge-model); no checklist can score this package without one");
        } else {
            JudgeSample js = judgeSample(sample);
            Optional<Object> evidence = nativeEvidence(sample, rec);
            JudgeOutcome first = judgeOnce(sample, js, evidence, rec);
            if (swap && settings.mode() == EvalMode.PAIRWISE && first.scored()) {
                JudgeOutcome second = judgeOnce(sample, js.reordered(List.of(1, 0)), evidence, rec);
                if (second.scored()) {
                    String back = flip(second.label().orElseThrow());
                    consistent = back.equals(first.label().orElseThrow());
                    decision = consistent ? Decision.verdict(back) : Decision.unscored(UnscoredReason.POSITION_INCONSISTENT,
                            "A/B order gave " + first.label().get() + ", B/A order gave " + second.label().get()
                                    + " (= " + back + " in A/B terms)");
                } else {
                    decision = unscored(second, "swapped order (B/A): ");
                }
            } else {
                decision = first.scored() ? decided(first, js) : unscored(first, "");
            }
            if (decision.isScored() && settings.mode() == EvalMode.POINTWISE) {
                scores.add(Score.scored(decision.score()));
            }
        }
        TraceRecorder.Stamp end = rec.start();
        rec.add(new TraceEvents.FinalResult(end.id(), end.timestamp(), 0.0, decision, scores));
        double latencyMs = (System.nanoTime() - t0) / 1_000_000.0;
        SampleResult result = new SampleResult(sample.id(), sample.line(), settings.mode(), decision, scores,
                sample.expected().map(Expected::value).orElse(null),
                ExpectedAgreement.match(settings.mode(), decision, sample.expected()),
                ExpectedAgreement.absError(settings.mode(), decision, sample.expected()), latencyMs, provenance,
                consistent);
        return new Evaluation(result, Trace.of(sample.id(), provenance, rec.events()));
    }

    private JudgeOutcome judgeOnce(Sample sample, JudgeSample js, Optional<Object> evidence, TraceRecorder rec) {
        List<SampleResource> resources = SampleResources.build(sample, js, registry,
                new SampleResources.Options(operational, evidence));
        for (SampleResource r : resources) {
            // What the model could read about this sample, so the trace alone shows it.
            TraceRecorder.Stamp st = rec.start();
            rec.add(new TraceEvents.ResourceViewed(st.id(), st.timestamp(), 0.0, r.id(), r.path(), 0));
        }
        return judge.orElseThrow().judge(subject.pkg(), subject.contentHash(), js, resources, rec);
    }

    /** Hybrid: the package checklist's deterministic items, run natively on every response before the model. */
    private Optional<Object> nativeEvidence(Sample sample, TraceRecorder rec) {
        if (readyItems.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> perLabel = new LinkedHashMap<>();
        for (int i = 0; i < sample.responses().size(); i++) {
            VerifierInput input = new VerifierInput(sample.responses().get(i), sample.prompt(), sample.reference());
            Breakdown b = ResponseScorer.score(i, input, readyItems, subject.checklist().aggregation(), rec);
            perLabel.put(JudgeSample.label(i), b);
        }
        return Optional.of(perLabel);
    }

    private JudgeSample judgeSample(Sample s) {
        JudgeMode mode = JudgeMode.valueOf(settings.mode().name());
        String system = s.metadata().get("system_prompt") instanceof String t ? t : "";
        String history = s.metadata().get("history") instanceof String t ? t : "";
        boolean judgeBench = s.metadata().get("benchmark") instanceof String b
                && b.toLowerCase(Locale.ROOT).startsWith("judgebench");
        return new JudgeSample(s.id(), mode, system, history, s.prompt(), s.responses(), s.reference(), List.of(),
                !judgeBench);
    }

    private Decision decided(JudgeOutcome o, JudgeSample js) {
        return switch (settings.mode()) {
            case POINTWISE -> Decision.score(o.score().orElseThrow());
            case PAIRWISE -> Decision.verdict(o.label().orElseThrow());
            case LISTWISE -> Decision.best(js.labels().indexOf(o.label().orElseThrow()));
        };
    }

    private static Decision unscored(JudgeOutcome o, String prefix) {
        UnscoredReason reason = UnscoredReason.fromCode(o.reason().orElseThrow().code());
        return Decision.unscored(reason, prefix + o.detail());
    }

    private static Decision error(TraceRecorder rec, UnscoredReason reason, String message) {
        TraceRecorder.Stamp st = rec.start();
        rec.add(new TraceEvents.Error(st.id(), st.timestamp(), 0.0, null, null, reason, message));
        return Decision.unscored(reason, message);
    }

    private static String flip(String verdict) {
        return switch (verdict) {
            case "A" -> "B";
            case "B" -> "A";
            default -> verdict;
        };
    }
}

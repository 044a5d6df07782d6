package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.aggregate.Breakdown;
import io.skillstudio.evaluator.checklist.BoundItem;
import io.skillstudio.evaluator.checklist.ChecklistBinder;
import io.skillstudio.evaluator.checklist.ChecklistItem;
import io.skillstudio.evaluator.judge.Judge;
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
import java.util.List;
import java.util.Optional;

/**
 * Evaluates one sample against a skill: the package checklist plus the sample's own items, on each
 * response, then the mode's decision. Synchronous and thread safe (no mutable state), so the batch
 * runner shares one instance across threads.
 */
public final class SampleEvaluator {

    private final EvalSubject subject;
    private final EvalSettings settings;
    private final ChecklistBinder binder;
    private final List<BoundItem> packageItems;
    private final Provenance provenance;
    private final Clock clock;
    private final Optional<Judge> judge;
    private final Judging judging;
    private final Optional<WholeSkillJudging> wholeSkill;

    public SampleEvaluator(EvalSubject subject, EvalSettings settings) {
        this(subject, settings, VerifierRegistry.standard(), Clock.systemUTC());
    }

    public SampleEvaluator(EvalSubject subject, EvalSettings settings, VerifierRegistry registry, Clock clock) {
        this(subject, settings, registry, clock, Optional.empty());
    }

    /** With a model judge, {@code judge: model} items are decided by it instead of staying judge_unavailable. */
    public SampleEvaluator(EvalSubject subject, EvalSettings settings, VerifierRegistry registry, Clock clock,
            Optional<Judge> judge) {
        this(subject, settings, registry, clock, judge, Judging.DEFAULT);
    }

    /**
     * With {@code judging}: a package without a checklist (every upstream package), or any package when
     * {@link Judging#forceWholeSkill()}, is judged whole by the model ({@link WholeSkillJudging}). Without
     * a judge, a checklist-less package still scores the samples' own items natively (offline first) and
     * samples without items are {@code judge_unavailable}.
     */
    public SampleEvaluator(EvalSubject subject, EvalSettings settings, VerifierRegistry registry, Clock clock,
            Optional<Judge> judge, Judging judging) {
        this.judge = judge;
        this.judging = judging;
        this.subject = subject;
        this.settings = settings;
        this.binder = new ChecklistBinder(registry);
        this.packageItems = binder.bind(subject.checklist().items());
        this.clock = clock;
        boolean whole = judging.forceWholeSkill() || subject.checklistId().isEmpty();
        this.wholeSkill = whole ? Optional.of(new WholeSkillJudging(subject, settings, judge, judging.swap(),
                packageItems, registry, clock)) : Optional.empty();
        java.util.Map<String, Object> ps = provenanceSettings(settings, judge);
        ps.put("judging", whole && (judge.isPresent() || judging.forceWholeSkill()) ? "whole_skill" : "checklist");
        if (judging.swap()) {
            ps.put("swap", true);
        }
        this.provenance = new Provenance(subject.name(), subject.version(), subject.contentHash(),
                EvaluatorVersion.get(), settings.mode().code(), subject.checklistId(), "explicit",
                judge.map(j -> j.settings().model()).orElse(null), ps);
    }

    /** Settings that change results; the judge's sampling parameters do, its URL and key variable do not. */
    private static java.util.Map<String, Object> provenanceSettings(EvalSettings settings, Optional<Judge> judge) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>(settings.resultAffecting());
        judge.ifPresent(j -> {
            java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
            params.put("model", j.settings().model());
            params.put("temperature", j.settings().temperature());
            params.put("maxTokens", j.settings().maxTokens());
            j.settings().enableThinking().ifPresent(t -> params.put("enableThinking", t));
            params.put("loop", j.loopSettings());
            out.put("judge", params);
        });
        return out;
    }

    public Provenance provenance() {
        return provenance;
    }

    public EvalSettings settings() {
        return settings;
    }

    public Evaluation evaluate(Sample sample) {
        if (wholeSkill.isPresent() && (judge.isPresent() || judging.forceWholeSkill() || sample.items().isEmpty())) {
            return wholeSkill.get().evaluate(sample, provenance);
        }
        long t0 = System.nanoTime();
        TraceRecorder rec = new TraceRecorder(clock);
        TraceRecorder.Stamp start = rec.start();
        List<BoundItem> items = new ArrayList<>(packageItems);
        items.addAll(binder.bind(sample.items()));
        rec.add(new TraceEvents.RunStarted(start.id(), start.timestamp(), 0.0, sample.id(), settings.mode().code(),
                sample.responses().size(), items.size()));
        if (!subject.checklistId().isEmpty()) {
            TraceRecorder.Stamp st = rec.start();
            rec.add(new TraceEvents.ResourceViewed(st.id(), st.timestamp(), 0.0, subject.checklistId(),
                    subject.checklist().file(), packageItems.size()));
        }
        if (!sample.items().isEmpty()) {
            TraceRecorder.Stamp st = rec.start();
            rec.add(new TraceEvents.ResourceViewed(st.id(), st.timestamp(), 0.0, "sample.checklist", "",
                    sample.items().size()));
        }
        List<Score> scores = new ArrayList<>();
        Decision decision;
        Optional<String> invalid = responseProblem(sample.responses().size());
        if (invalid.isPresent()) {
            TraceRecorder.Stamp st = rec.start();
            rec.add(new TraceEvents.Error(st.id(), st.timestamp(), 0.0, null, null, UnscoredReason.INVALID_INPUT,
                    invalid.get()));
            decision = Decision.unscored(UnscoredReason.INVALID_INPUT, invalid.get());
        } else {
            List<ChecklistItem> modelItems = ModelItems.of(items);
            for (int i = 0; i < sample.responses().size(); i++) {
                VerifierInput input = new VerifierInput(sample.responses().get(i), sample.prompt(), sample.reference());
                ModelItems.Verdicts verdicts = ModelItems.judge(judge, subject, sample, i, modelItems, rec);
                Breakdown b = ResponseScorer.score(i, input, items, subject.checklist().aggregation(), verdicts, rec);
                scores.add(b.score());
            }
            decision = ModeDecision.decide(settings.mode(), scores, settings.tieMargin());
        }
        TraceRecorder.Stamp end = rec.start();
        rec.add(new TraceEvents.FinalResult(end.id(), end.timestamp(), 0.0, decision, scores));
        double latencyMs = (System.nanoTime() - t0) / 1_000_000.0;
        SampleResult result = new SampleResult(sample.id(), sample.line(), settings.mode(), decision, scores,
                sample.expected().map(Expected::value).orElse(null),
                ExpectedAgreement.match(settings.mode(), decision, sample.expected()),
                ExpectedAgreement.absError(settings.mode(), decision, sample.expected()), latencyMs, provenance);
        return new Evaluation(result, Trace.of(sample.id(), provenance, rec.events()));
    }

    private Optional<String> responseProblem(int n) {
        return ModeResolver.problem(settings.mode(), n, true);
    }
}

package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.sample.Expected;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.score.SampleWarning;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.ResponseText;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.trace.TraceRecorder;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Evaluates one sample against a skill: records the trace root and the response texts, checks the
 * sample's {@code expected_skill} and its responses against the mode, lets the sample's
 * {@link SampleJudgeStrategy} judge it, and builds the result with provenance. Synchronous, thread
 * safe and reusable: one instance serves every run and request for its package and settings (the batch
 * runner shares it across threads, the reward server calls it per request).
 */
public final class SampleEvaluator {

    private static final BooleanSupplier NEVER = () -> false;

    private final EvalSubject subject;
    private final EvalSettings settings;
    private final Provenance provenance;
    private final Clock clock;
    private final Optional<Judge> judge;
    private final EvaluatorOptions options;
    private final StrategySelector selector;

    public SampleEvaluator(EvalSubject subject, EvalSettings settings) {
        this(subject, settings, VerifierRegistry.standard(), Clock.systemUTC());
    }

    public SampleEvaluator(EvalSubject subject, EvalSettings settings, VerifierRegistry registry, Clock clock) {
        this(subject, settings, registry, clock, Optional.empty());
    }

    /** With a model judge, {@code judge: model} items are decided by it instead of staying judge_unavailable. */
    public SampleEvaluator(
            EvalSubject subject, EvalSettings settings, VerifierRegistry registry, Clock clock, Optional<Judge> judge) {
        this(subject, settings, registry, clock, judge, EvaluatorOptions.DEFAULT);
    }

    public SampleEvaluator(
            EvalSubject subject,
            EvalSettings settings,
            VerifierRegistry registry,
            Clock clock,
            Optional<Judge> judge,
            EvaluatorOptions options) {
        this.judge = judge;
        this.subject = subject;
        this.settings = settings;
        this.clock = clock;
        this.options = options;
        this.selector =
                options.selector().orElseGet(() -> new JudgingSelector(subject, registry, judge, options.judging()));
        this.provenance = new Provenance(
                subject.name(),
                subject.version(),
                subject.contentHash(),
                EvaluatorVersion.get(),
                settings.mode().code(),
                subject.checklistId(),
                "explicit",
                judge.map(j -> j.settings().model()).orElse(null),
                provenanceSettings(settings, judge, options, selector));
    }

    /** Settings that change results; the judge's sampling parameters do, its URL and key variable do not. */
    private static Map<String, Object> provenanceSettings(
            EvalSettings settings, Optional<Judge> judge, EvaluatorOptions options, StrategySelector selector) {
        Map<String, Object> out = new LinkedHashMap<>(settings.resultAffecting());
        out.putAll(selector.provenance());
        if (options.strictSkill()) {
            out.put("strictSkill", true);
        }
        if (options.allowInvalid()) {
            // The package failed validation and was evaluated anyway: every result says so.
            out.put("allowInvalid", true);
        }
        judge.ifPresent(j -> {
            Map<String, Object> params = new LinkedHashMap<>();
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

    public EvalSubject subject() {
        return subject;
    }

    public Optional<Judge> judge() {
        return judge;
    }

    public Evaluation evaluate(Sample sample) {
        return evaluate(sample, NEVER);
    }

    /**
     * Evaluates one sample; {@code cancel} is polled between steps (responses, model calls, tool calls),
     * and a sample cancelled part-way is unscored with {@code cancelled}.
     */
    public Evaluation evaluate(Sample sample, BooleanSupplier cancel) {
        return evaluate(sample, cancel, e -> {});
    }

    /**
     * As {@link #evaluate(Sample, BooleanSupplier)}, handing each trace event to {@code observer} as it
     * is recorded (on the calling thread), for live progress inside a long sample.
     */
    public Evaluation evaluate(Sample sample, BooleanSupplier cancel, Consumer<TraceEvent> observer) {
        long t0 = System.nanoTime();
        TraceRecorder rec = new TraceRecorder(clock, observer);
        SampleJudgeStrategy strategy = selector.select(sample);
        rec.add(TraceEvents.RunStarted.of(
                rec.start(),
                sample.id(),
                settings.mode().code(),
                sample.responses().size(),
                strategy.itemCount(sample)));
        List<SampleWarning> warnings = new ArrayList<>();
        Optional<String> mismatch = skillMismatch(sample);
        mismatch.ifPresent(m -> {
            warnings.add(new SampleWarning(SampleWarning.SKILL_MISMATCH, m));
            rec.add(TraceEvents.Warning.of(rec.start(), SampleWarning.SKILL_MISMATCH, m));
        });
        Judgement judgement;
        Optional<String> invalid = responseProblem(sample.responses().size());
        if (invalid.isPresent()) {
            judgement = refused(rec, UnscoredReason.INVALID_INPUT, invalid.get());
        } else if (mismatch.isPresent() && options.strictSkill()) {
            judgement = refused(rec, UnscoredReason.SKILL_MISMATCH, mismatch.get());
        } else {
            judgement = strategy.judge(sample, new SampleContext(subject, settings, judge, rec, cancel));
        }
        Decision decision = judgement.decision();
        rec.add(TraceEvents.FinalResult.of(rec.start(), decision, judgement.scores()));
        double latencyMs = (System.nanoTime() - t0) / 1_000_000.0;
        SampleResult result = new SampleResult(
                sample.id(),
                sample.line(),
                settings.mode(),
                decision,
                judgement.scores(),
                judgement.unjudged(),
                warnings,
                sample.expected().map(Expected::value).orElse(null),
                match(decision, sample.expected()),
                absError(decision, sample.expected()),
                latencyMs,
                provenance,
                judgement.positionConsistent());
        List<ResponseText> texts = IntStream.range(0, sample.responses().size())
                .mapToObj(i -> ResponseText.of(i, sample.responses().get(i)))
                .toList();
        return new Evaluation(result, Trace.of(sample.id(), provenance, texts, rec.events()));
    }

    /**
     * The evaluation of a sample that could not be evaluated at all (an internal error, an invalid
     * request, a run cancelled before it started): unscored with the reason, and a trace that says so.
     */
    public Evaluation unscored(String sampleId, int line, int responses, UnscoredReason reason, String detail) {
        Decision d = Decision.unscored(reason, detail);
        SampleResult r = SampleResult.failed(sampleId, line, settings.mode(), d, provenance);
        TraceRecorder rec = new TraceRecorder(clock);
        rec.add(TraceEvents.RunStarted.of(rec.start(), sampleId, settings.mode().code(), responses, 0));
        rec.add(TraceEvents.Error.of(rec.start(), reason, detail));
        rec.add(TraceEvents.FinalResult.of(rec.start(), d, List.of()));
        return new Evaluation(r, Trace.of(sampleId, provenance, List.of(), rec.events()));
    }

    private static Judgement refused(TraceRecorder rec, UnscoredReason reason, String why) {
        rec.add(TraceEvents.Error.of(rec.start(), reason, why));
        return new Judgement(Decision.unscored(reason, why), List.of(), List.of());
    }

    /** The sample names a skill, and it is neither this package's name nor its folder. */
    private Optional<String> skillMismatch(Sample sample) {
        return sample.expectedSkill()
                .filter(s -> !s.isBlank())
                .filter(s ->
                        !s.equals(subject.name()) && !s.equals(subject.pkg().rootName()))
                .map(s -> "the sample expects skill '" + s + "' but was evaluated with '" + subject.name() + "'");
    }

    private Optional<String> responseProblem(int n) {
        return ModeResolver.problem(settings.mode(), n);
    }

    private Boolean match(Decision d, Optional<Expected> expected) {
        if (!d.hasValue() || expected.isEmpty()) {
            return null;
        }
        return switch (settings.mode()) {
            case POINTWISE -> null;
            case PAIRWISE ->
                expected.get().verdict().map(v -> v.equals(d.verdict())).orElse(null);
            case LISTWISE ->
                expected.get().index().isPresent() ? expected.get().index().getAsInt() == d.best() : null;
        };
    }

    private Double absError(Decision d, Optional<Expected> expected) {
        if (!d.hasValue()
                || settings.mode() != EvalMode.POINTWISE
                || expected.isEmpty()
                || expected.get().score().isEmpty()) {
            return null;
        }
        return Math.abs(d.score() - expected.get().score().getAsDouble());
    }
}

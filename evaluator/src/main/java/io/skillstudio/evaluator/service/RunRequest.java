package io.skillstudio.evaluator.service;

import io.skillstudio.evaluator.python.RegexRunBudget;
import io.skillstudio.evaluator.run.SampleEvaluator;
import java.util.Objects;
import java.util.Optional;

/**
 * One run: which evaluator (a package with its settings, judge and strategy, see {@link Evaluators}),
 * which samples, how many at once and where finished samples go.
 *
 * @param threads samples evaluated at once (at most; the service's executor may be smaller)
 * @param sink receives finished samples in order (for example {@link RunOutput}'s writer)
 * @param rlProjection prompts, rollouts and steps for the judge cost projection, if asked for
 * @param regexBudget the run-level fuse on regex work: once spent, the run stops between samples like
 *     a cancel ({@link RegexRunBudget}; it never changes a sample's score)
 */
public record RunRequest(
        SampleEvaluator evaluator,
        SampleSource samples,
        int threads,
        ResultSink sink,
        Optional<long[]> rlProjection,
        RegexRunBudget regexBudget) {

    /** A request with the default run-level regex fuse ({@link RegexRunBudget#DEFAULT_LIMIT}). */
    public RunRequest(
            SampleEvaluator evaluator,
            SampleSource samples,
            int threads,
            ResultSink sink,
            Optional<long[]> rlProjection) {
        this(evaluator, samples, threads, sink, rlProjection, RegexRunBudget.ofDefault());
    }

    public RunRequest {
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(rlProjection, "rlProjection");
        Objects.requireNonNull(regexBudget, "regexBudget");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** The evaluator's own thread setting, no sink, no projection. */
    public static RunRequest of(SampleEvaluator evaluator, SampleSource samples) {
        return new RunRequest(evaluator, samples, evaluator.settings().threads(), ResultSink.NONE, Optional.empty());
    }

    public RunRequest withSink(ResultSink s) {
        return new RunRequest(evaluator, samples, threads, s, rlProjection, regexBudget);
    }

    public RunRequest withRegexBudget(RegexRunBudget b) {
        return new RunRequest(evaluator, samples, threads, sink, rlProjection, b);
    }
}

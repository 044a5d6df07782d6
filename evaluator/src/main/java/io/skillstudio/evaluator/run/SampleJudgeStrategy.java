package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.sample.Sample;

/**
 * How one sample is judged: the pluggable per-sample step of an evaluation. The
 * {@link SampleEvaluator} around it records the trace root, checks the sample against the skill and
 * the mode, and builds the result with provenance; a strategy only judges the responses.
 *
 * <p>Implementations: {@link ChecklistStrategy} (the package checklist and the sample's own items run
 * natively; {@code judge: model} items go to the model judge when there is one, which makes it the
 * hybrid strategy); whole-skill judging (the agent loop over the whole package) plugs in through a
 * {@link StrategySelector}. Implementations must be thread safe: one instance serves every sample of
 * every run of its evaluator.
 */
public interface SampleJudgeStrategy {

    /** A stable id for provenance and traces: {@code checklist}, {@code hybrid}, {@code whole_skill}. */
    String id();

    /** How many checklist items this strategy will look at for the sample (for the trace root); 0 if none. */
    default int itemCount(Sample sample) {
        return 0;
    }

    /**
     * Judges the sample's responses, appending events under {@code context.recorder()}'s root. The
     * responses already match the mode. Checks {@link SampleContext#cancelled()} between steps that can
     * take long and answers {@code cancelled} when it is set.
     */
    Judgement judge(Sample sample, SampleContext context);
}

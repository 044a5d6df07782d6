package io.skillstudio.serve.engine;

import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.sample.Sample;

/**
 * What the server needs from the evaluator: score one formed sample against the pinned package, or stamp
 * an input the server could not form into a sample as {@code invalid_input}. Implementations are immutable
 * and thread safe; a reload replaces the whole engine.
 */
public interface RewardEngine {

    /** The package this engine scores with; fixed for the engine's life. */
    ServedSkill skill();

    /** Scores a pointwise sample. Never throws for bad content: failures come back as unscored results. */
    Evaluation evaluate(Sample sample);

    /** An unscored {@code invalid_input} result for an item that never became a sample, with this engine's provenance. */
    Evaluation invalid(String sampleId, String detail);
}

package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.sample.Sample;
import java.util.Map;

/**
 * Picks the {@link SampleJudgeStrategy} for each sample, so one run can mix them (for example, whole-skill
 * judging for samples that carry no checklist). Thread safe.
 */
@FunctionalInterface
public interface StrategySelector {

    SampleJudgeStrategy select(Sample sample);

    /** What the selector adds to provenance settings (how samples are judged); empty by default. */
    default Map<String, Object> provenance() {
        return Map.of();
    }

    /** Always the same strategy. */
    static StrategySelector always(SampleJudgeStrategy strategy) {
        return sample -> strategy;
    }
}

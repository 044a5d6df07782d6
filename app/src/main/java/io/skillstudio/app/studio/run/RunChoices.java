package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvaluatorOptions;
import io.skillstudio.evaluator.run.Judging;
import io.skillstudio.evaluator.sample.SampleFormat;
import io.skillstudio.evaluator.sample.SampleSources;
import java.util.Objects;
import java.util.Optional;

/**
 * The run configuration's choices beyond skill, sample set, judge and threads; each is one flag of
 * {@code skillstudio eval} and reaches the evaluation service the same way.
 *
 * @param mode {@code --mode}; empty: what the first sample implies
 * @param format {@code --samples-format}; empty: detected from the first record
 * @param wholeSkill {@code --judge-whole-skill}
 * @param swap {@code --swap}
 * @param strictSkill {@code --strict-skill}
 * @param allowInvalid {@code --allow-invalid} (stamped into every result's provenance)
 */
public record RunChoices(
        Optional<EvalMode> mode,
        Optional<SampleFormat> format,
        boolean wholeSkill,
        boolean swap,
        boolean strictSkill,
        boolean allowInvalid) {

    /** What {@code eval} does without those flags. */
    public static final RunChoices DEFAULT =
            new RunChoices(Optional.empty(), Optional.empty(), false, false, false, false);

    public RunChoices {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(format, "format");
    }

    /** The evaluator's options for these choices, as {@code EvalCommand} builds them. */
    public EvaluatorOptions options() {
        return EvaluatorOptions.DEFAULT
                .withStrictSkill(strictSkill)
                .withAllowInvalid(allowInvalid)
                .withJudging(judging());
    }

    public Judging judging() {
        return new Judging(wholeSkill, swap);
    }

    /** Where IFBench and RewardBench2 rows put the chosen response (the studio uses eval's default). */
    public long seed() {
        return SampleSources.DEFAULT_SEED;
    }

    /** The same choices for one sample of a run whose mode is known. */
    public RunChoices withMode(EvalMode m) {
        return new RunChoices(Optional.of(m), format, wholeSkill, swap, strictSkill, allowInvalid);
    }
}

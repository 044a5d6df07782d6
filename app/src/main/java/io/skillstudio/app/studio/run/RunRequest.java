package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.judge.JudgeSettings;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one run needs, read and checked before it starts.
 *
 * @param packageRoot the package folder, for the run's record and resource links
 * @param sampleSet the JSONL file the samples came from (empty for a single scratch sample)
 * @param malformed sample lines that could not be read; they are reported in the summary, not run
 * @param judge the model judge's settings, or empty to leave {@code judge: model} items judge_unavailable
 */
public record RunRequest(SkillPackage pkg, Path packageRoot, Optional<Path> sampleSet, List<Sample> samples,
        List<SampleError> malformed, EvalSettings settings, Optional<JudgeSettings> judge) {

    public RunRequest {
        Objects.requireNonNull(pkg, "pkg");
        samples = List.copyOf(samples);
        malformed = List.copyOf(malformed);
        Objects.requireNonNull(settings, "settings");
    }

    /** The same run restricted to some samples (run one sample again from its row). */
    public RunRequest only(List<Sample> subset) {
        return new RunRequest(pkg, packageRoot, sampleSet, subset, List.of(), settings, judge);
    }
}

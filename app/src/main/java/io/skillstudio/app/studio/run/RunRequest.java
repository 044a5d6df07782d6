package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.judge.JudgeSettings;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the studio asks to run: the package as it is in the editor, the sample file (streamed by the
 * evaluation service) or samples already in memory (one sample run again), the settings and the judge.
 *
 * @param packageRoot the package folder, for the run's record
 * @param sampleSet the JSONL file to stream; when empty, {@code samples} are run
 * @param judge the model judge's settings, or empty to leave {@code judge: model} items unjudged
 */
public record RunRequest(SkillPackage pkg, Path packageRoot, Optional<Path> sampleSet, List<Sample> samples,
        EvalSettings settings, Optional<JudgeSettings> judge) {

    public RunRequest {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(sampleSet, "sampleSet");
        samples = List.copyOf(samples);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(judge, "judge");
    }

    /** The skill's name as provenance and the run folder name it. */
    public String skillName() {
        return pkg.skillDocument().flatMap(d -> d.name()).orElse(pkg.rootName());
    }
}

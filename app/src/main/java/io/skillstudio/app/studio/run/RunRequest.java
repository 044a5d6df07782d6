package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.judge.JudgeSettings;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the studio asks to run: the package as it is in the editor, the sample file (read by the
 * evaluation service in its format) or samples already in memory (one sample run again), the choices
 * of the run configuration and the judge.
 *
 * @param packageRoot the package folder, for the run's record
 * @param sampleSet the sample file to read; when empty, {@code samples} are run
 * @param threads samples evaluated at once
 * @param judge the model judge's settings, or empty to leave model judgement unavailable
 */
public record RunRequest(
        SkillPackage pkg,
        Path packageRoot,
        Optional<Path> sampleSet,
        List<Sample> samples,
        RunChoices choices,
        int threads,
        Optional<JudgeSettings> judge) {

    public RunRequest {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(sampleSet, "sampleSet");
        samples = List.copyOf(samples);
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(judge, "judge");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** The skill's name as provenance and the run folder name it. */
    public String skillName() {
        return pkg.skillDocument().flatMap(d -> d.name()).orElse(pkg.rootName());
    }
}

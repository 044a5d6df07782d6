package io.skillstudio.serve.engine;

import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.EvaluatorOptions;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.service.Evaluators;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one adapter between the server and the evaluator's per-sample API ({@link SampleEvaluator}, prepared
 * and validation-gated by {@link Evaluators}). The
 * package is read once into memory ({@link SkillPackage} holds every file's bytes), so edits on disk change
 * nothing until a new engine is loaded. Pointwise only: trainers want one scalar per response.
 */
public final class SkillRewardEngine implements RewardEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SkillRewardEngine.class);

    private final SampleEvaluator evaluator;
    private final ServedSkill skill;

    private SkillRewardEngine(SampleEvaluator evaluator, ServedSkill skill) {
        this.evaluator = evaluator;
        this.skill = skill;
    }

    /**
     * Loads the package (folder or zip bundle), validates it through {@link Evaluators#prepare} (the gate
     * {@code eval} uses) and pins it.
     *
     * @param judge decides {@code judge: model} items; without one they stay {@code judge_unavailable}
     * @param allowInvalid serve a package with validation errors anyway (every result's provenance says so)
     * @throws InvalidPackageException when validation finds errors and {@code allowInvalid} is off
     * @throws EngineLoadException when the package cannot be read or the checklist id names nothing
     */
    public static SkillRewardEngine load(
            Path source, Optional<String> checklistId, Optional<Judge> judge, boolean allowInvalid)
            throws EngineLoadException {
        LoadResult loaded = new PackageLoader().load(source);
        if (loaded.skillPackage().isEmpty()) {
            throw new EngineLoadException("cannot load " + source + ": "
                    + loaded.diagnostics().stream()
                            .map(d -> (d.file().isEmpty() ? "" : d.file() + ": ") + d.message())
                            .collect(Collectors.joining("; ")));
        }
        EvalSettings settings = new EvalSettings(EvalMode.POINTWISE, 0.0, 1, checklistId);
        Evaluators.Prepared prepared;
        try {
            prepared = Evaluators.prepare(
                    loaded.skillPackage().get(),
                    settings,
                    judge,
                    EvaluatorOptions.DEFAULT.withAllowInvalid(allowInvalid));
        } catch (Evaluators.InvalidPackageException e) {
            throw InvalidPackageException.of(source.toString(), e.diagnostics());
        } catch (IllegalArgumentException e) {
            throw new EngineLoadException(source + ": " + e.getMessage());
        }
        SampleEvaluator evaluator = prepared.evaluator();
        prepared.diagnostics().stream()
                .filter(Diagnostic::isError)
                .forEach(d -> LOG.warn(
                        "serving with a validation error (--allow-invalid): {}:{}:{}: {} {}",
                        d.file(),
                        d.line(),
                        d.column(),
                        d.code(),
                        d.message()));
        prepared.runtimeProfileWarnings().forEach(d -> LOG.warn("{}: {} {}", d.file(), d.code(), d.message()));
        prepared.checklistProblems()
                .forEach(p -> LOG.warn("{}: {}", evaluator.subject().checklist().file(), p.message()));
        return new SkillRewardEngine(evaluator, ServedSkill.of(evaluator.provenance(), source.toString()));
    }

    /** {@link #load(Path, Optional, Optional, boolean)} refusing a package with validation errors. */
    public static SkillRewardEngine load(Path source, Optional<String> checklistId, Optional<Judge> judge)
            throws EngineLoadException {
        return load(source, checklistId, judge, false);
    }

    @Override
    public ServedSkill skill() {
        return skill;
    }

    @Override
    public Evaluation evaluate(Sample sample) {
        try {
            return evaluator.evaluate(sample);
        } catch (RuntimeException | StackOverflowError e) {
            // The evaluator turns verifier failures into unscored items itself; this guards the server
            // against a bug on one sample (StackOverflowError is recoverable once unwound).
            LOG.warn("internal error on sample {}", sample.id(), e);
            return unscored(sample.id(), UnscoredReason.VERIFIER_ERROR, "internal error: " + e);
        }
    }

    @Override
    public Evaluation invalid(String sampleId, String detail) {
        return unscored(sampleId, UnscoredReason.INVALID_INPUT, detail);
    }

    private Evaluation unscored(String sampleId, UnscoredReason reason, String detail) {
        return evaluator.unscored(sampleId, 0, 0, reason, detail);
    }
}

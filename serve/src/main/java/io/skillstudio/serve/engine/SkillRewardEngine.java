package io.skillstudio.serve.engine;

import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one adapter between the server and the evaluator's per-sample API ({@link SampleEvaluator}). The
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
     * Loads the package (folder or zip bundle) and pins it.
     *
     * @param judge decides {@code judge: model} items; without one they stay {@code judge_unavailable}
     * @throws EngineLoadException when the package cannot be read or the checklist id names nothing
     */
    public static SkillRewardEngine load(Path source, Optional<String> checklistId, Optional<Judge> judge)
            throws EngineLoadException {
        LoadResult loaded = new PackageLoader().load(source);
        if (loaded.skillPackage().isEmpty()) {
            throw new EngineLoadException("cannot load " + source + ": " + loaded.diagnostics().stream()
                    .map(d -> (d.file().isEmpty() ? "" : d.file() + ": ") + d.message())
                    .collect(Collectors.joining("; ")));
        }
        EvalSubject subject;
        try {
            subject = EvalSubject.of(loaded.skillPackage().get(), checklistId);
        } catch (IllegalArgumentException e) {
            throw new EngineLoadException(source + ": " + e.getMessage());
        }
        subject.checklistProblems().forEach(p -> LOG.warn("{}: {}", subject.checklist().file(), p.message()));
        EvalSettings settings = new EvalSettings(EvalMode.POINTWISE, 0.0, 1, checklistId);
        SampleEvaluator evaluator = new SampleEvaluator(subject, settings, VerifierRegistry.standard(),
                Clock.systemUTC(), judge);
        return new SkillRewardEngine(evaluator, ServedSkill.of(evaluator.provenance(), source.toString()));
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

package io.skillstudio.evaluator.versions;

import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.run.BatchRunner;
import io.skillstudio.evaluator.run.CancelToken;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.ProgressListener;
import io.skillstudio.evaluator.run.RunReport;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.load.SkillPackage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The one place drift runs a version of a package: today through {@link SampleEvaluator} and
 * {@link BatchRunner}; to move to the evaluation service only this class changes. The same judge (and
 * with it the same judge cache) serves both versions, so an unchanged version costs no model calls.
 */
public final class VersionRunner {

    private final EvalSettings settings;
    private final Optional<Judge> judge;
    private final VerifierRegistry registry;
    private final Clock clock;

    public VersionRunner(EvalSettings settings, Optional<Judge> judge) {
        this(settings, judge, VerifierRegistry.standard(), Clock.systemUTC());
    }

    public VersionRunner(EvalSettings settings, Optional<Judge> judge, VerifierRegistry registry, Clock clock) {
        this.settings = settings;
        this.judge = judge;
        this.registry = registry;
        this.clock = clock;
    }

    /** A run of one version with the provenance its results carry. */
    public record VersionRun(RunReport report, Provenance provenance) {}

    /**
     * @throws IllegalArgumentException when the settings name a checklist this version lacks
     */
    public VersionRun run(SkillPackage pkg, List<Sample> samples, ProgressListener progress, CancelToken cancel) {
        EvalSubject subject = EvalSubject.of(pkg, settings.checklistId());
        SampleEvaluator evaluator = new SampleEvaluator(subject, settings, registry, clock, judge);
        return new VersionRun(new BatchRunner(evaluator).run(samples, progress, cancel), evaluator.provenance());
    }

    public EvalSettings settings() {
        return settings;
    }
}

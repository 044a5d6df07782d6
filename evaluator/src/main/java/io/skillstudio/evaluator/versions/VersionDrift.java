package io.skillstudio.evaluator.versions;

import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.service.RunHandle;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.versioning.diff.VersionSnapshots;
import io.skillstudio.model.versioning.history.HistoryException;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Which edit flipped which verdicts": checks out both revisions with JGit into temporary folders, loads
 * each with the ordinary loader, runs the sample set on both through {@link VersionRunner}, and compares.
 */
public final class VersionDrift {

    private VersionDrift() {}

    /** {@code to} null compares with the working copy. */
    public static DriftReport run(
            VersionSnapshots versions,
            String from,
            String to,
            List<Sample> samples,
            VersionRunner runner,
            RunListener progress,
            Consumer<RunHandle> onHandle)
            throws HistoryException {
        String toLabel = to == null ? VersionSnapshots.WORKING_COPY : to;
        SkillPackage before = versions.load(from);
        SkillPackage after = versions.load(toLabel);
        return compare(from, before, toLabel, after, samples, runner, progress, onHandle);
    }

    /** Runs two loaded versions and compares them. */
    public static DriftReport compare(
            String from,
            SkillPackage before,
            String to,
            SkillPackage after,
            List<Sample> samples,
            VersionRunner runner,
            RunListener progress,
            Consumer<RunHandle> onHandle) {
        VersionRunner.VersionRun b = runner.run(before, samples, progress, onHandle);
        VersionRunner.VersionRun a = runner.run(after, samples, progress, onHandle);
        return DriftAnalysis.compare(from, b, to, a, runner.settings().mode());
    }
}

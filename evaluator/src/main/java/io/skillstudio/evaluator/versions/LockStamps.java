package io.skillstudio.evaluator.versions;

import io.skillstudio.evaluator.checklist.ChecklistParser;
import io.skillstudio.evaluator.checklist.ChecklistResources;
import io.skillstudio.evaluator.run.EvaluatorVersion;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.UpstreamResourcePaths;
import io.skillstudio.model.versioning.Lockfile;
import java.util.TreeSet;

/** The verifier part of a lockfile: the verifier ids the package's checklists name, and this evaluator's version. */
public final class LockStamps {

    private LockStamps() {}

    public static Lockfile.VerifierStamp of(SkillPackage pkg) {
        TreeSet<String> ids = new TreeSet<>();
        ChecklistResources.of(pkg)
                .forEach(e -> e.path()
                        .map(UpstreamResourcePaths::normalize)
                        .flatMap(pkg::textOf)
                        .ifPresent(text -> ChecklistParser.parse(text, "")
                                .checklist()
                                .items()
                                .forEach(i -> i.verifier().ifPresent(ids::add))));
        return new Lockfile.VerifierStamp(EvaluatorVersion.get(), ids.stream().toList());
    }
}

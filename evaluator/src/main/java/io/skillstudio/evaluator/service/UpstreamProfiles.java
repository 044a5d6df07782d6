package io.skillstudio.evaluator.service;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.diagnostics.Severity;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.UpstreamFileRules;
import java.util.List;

/**
 * Which of upstream's three runtimes (skillrm-format.md §1) a package loads in, as far as the evaluation
 * gate cares. R1 (pairwise/listwise) refuses a package without {@code resources.yaml}; R2 (pointwise)
 * treats a missing one as empty and R3 (IF-RewardBench) never reads it. Whole-skill judging runs the
 * package as R2/R3 do, so for it a missing {@code resources.yaml} is a warning, not an error.
 */
final class UpstreamProfiles {
    static final String R2_R3_ONLY = "loads in R2/R3 only, not in R1: the package has no resources.yaml, which "
            + "upstream's pairwise/listwise loader (R1) requires; judged whole as the pointwise (R2) and "
            + "IF-RewardBench (R3) runtimes load it";

    private UpstreamProfiles() {}

    /**
     * The diagnostics the gate applies: {@code diagnostics} unchanged, except that SKL020 (no
     * resources.yaml) becomes a warning when the package is judged whole and has its SKILL.md, the only
     * file R2 and R3 need. Every other error stays an error.
     */
    static List<Diagnostic> forWholeSkill(SkillPackage pkg, List<Diagnostic> diagnostics, boolean judgedWhole) {
        if (!judgedWhole || !loadsInR2OrR3(pkg)) {
            return diagnostics;
        }
        return diagnostics.stream()
                .map(d -> d.code().equals(DiagnosticCode.RESOURCES_MISSING.code())
                        ? new Diagnostic(
                                d.code(),
                                Severity.WARNING,
                                d.file(),
                                d.line(),
                                d.column(),
                                d.length(),
                                R2_R3_ONLY,
                                d.fix().orElse(null))
                        : d)
                .toList();
    }

    /** R2 needs SKILL.md only (a missing resources.yaml reads as no resources); R3 reads SKILL.md only. */
    static boolean loadsInR2OrR3(SkillPackage pkg) {
        return pkg.file(UpstreamFileRules.SKILL_MD).isPresent();
    }
}

package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.diagnostics.Severity;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.PackageChecker;
import java.util.ArrayList;
import java.util.List;

/**
 * SKILL.md and resources.yaml must exist: upstream's progressive loader (R1) refuses a package without
 * them. A missing resources.yaml is a warning in skillrm mode, where R2 and R3 packages are expected.
 */
public final class RequiredFilesChecker implements PackageChecker {

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        if (context.pkg().file(UpstreamFileRules.SKILL_MD).isEmpty()) {
            out.add(Diagnostic.ofFile(DiagnosticCode.SKILL_MD_MISSING, UpstreamFileRules.SKILL_MD,
                    "the package has no SKILL.md at its root").withFix("create SKILL.md with name and description"));
        }
        if (context.pkg().file(UpstreamFileRules.RESOURCES_YAML).isEmpty()) {
            Diagnostic missing = Diagnostic.ofFile(DiagnosticCode.RESOURCES_MISSING, UpstreamFileRules.RESOURCES_YAML,
                    "the package has no resources.yaml; upstream's loader raises FileNotFoundError")
                    .withFix("create resources.yaml with 'resources: []'");
            // Upstream's pointwise (R2) and IF-RewardBench (R3) runtimes do without it, and upstream ships
            // such a package (instruction_following): in skillrm mode it is a warning about R1 only.
            out.add(context.mode() == LintMode.SKILLRM ? missing.withSeverity(Severity.WARNING) : missing);
        }
        return out;
    }
}

package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import java.util.ArrayList;
import java.util.List;

/** SKILL.md and resources.yaml must exist: upstream's progressive loader refuses a package without them. */
public final class RequiredFilesChecker implements PackageChecker {

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        if (context.pkg().file(UpstreamFileRules.SKILL_MD).isEmpty()) {
            out.add(Diagnostic.ofFile(
                            DiagnosticCode.SKILL_MD_MISSING,
                            UpstreamFileRules.SKILL_MD,
                            "the package has no SKILL.md at its root")
                    .withFix("create SKILL.md with name and description"));
        }
        if (context.pkg().file(UpstreamFileRules.RESOURCES_YAML).isEmpty()) {
            out.add(Diagnostic.ofFile(
                            DiagnosticCode.RESOURCES_MISSING,
                            UpstreamFileRules.RESOURCES_YAML,
                            "the package has no resources.yaml; upstream's loader raises FileNotFoundError")
                    .withFix("create resources.yaml with 'resources: []'"));
        }
        return out;
    }
}

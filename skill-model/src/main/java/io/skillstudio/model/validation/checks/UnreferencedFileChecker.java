package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.resources.UpstreamResourcePaths;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loaded files that no resource declares and SKILL.md never mentions: the judge is never told they
 * exist, so they are usually forgotten drafts.
 */
public final class UnreferencedFileChecker implements PackageChecker {

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        if (context.pkg().manifest().isEmpty()) {
            return out;
        }
        Set<String> referenced = new HashSet<>();
        for (ResourceEntry e : context.pkg().manifest().get().entries()) {
            UpstreamResourcePaths.resolve(e).map(ResourcePathChecker::normalize).ifPresent(referenced::add);
        }
        String skillMd = context.pkg().skillDocument().map(d -> d.text()).orElse("");
        for (PackageFile f : context.pkg().files()) {
            String p = f.path();
            if (!UpstreamFileRules.isLoaded(p)
                    || p.equals(UpstreamFileRules.SKILL_MD)
                    || p.equals(UpstreamFileRules.RESOURCES_YAML)
                    || referenced.contains(p)
                    || skillMd.contains(p)) {
                continue;
            }
            out.add(Diagnostic.ofFile(
                            DiagnosticCode.FILE_UNREFERENCED,
                            p,
                            "no resource declares this file and SKILL.md does not mention it")
                    .withFix("add a resource with path: " + p));
        }
        return out;
    }
}

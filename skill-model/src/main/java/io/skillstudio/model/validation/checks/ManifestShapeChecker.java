package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.resources.ManifestShape;
import io.skillstudio.model.resources.ResourceManifest;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import java.util.ArrayList;
import java.util.List;

/** resources.yaml parses, has a shape upstream accepts, and has no items upstream drops silently. */
public final class ManifestShapeChecker implements PackageChecker {

    private static final String FILE = UpstreamFileRules.RESOURCES_YAML;

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        context.pkg().manifest().ifPresent(m -> check(m, out));
        return out;
    }

    private static void check(ResourceManifest m, List<Diagnostic> out) {
        if (m.shape() == ManifestShape.INVALID) {
            boolean syntax = !m.parseError().orElse("").startsWith("top level");
            out.add(Diagnostic.at(
                    syntax ? DiagnosticCode.RESOURCES_SYNTAX : DiagnosticCode.RESOURCES_SHAPE,
                    FILE,
                    Math.max(1, m.parseErrorLine()),
                    Math.max(1, m.parseErrorColumn()),
                    (syntax ? "resources.yaml is not valid YAML: " : "")
                            + m.parseError().orElse("")));
            return;
        }
        for (var span : m.dropped()) {
            out.add(Diagnostic.at(
                            DiagnosticCode.RESOURCE_ITEM_DROPPED,
                            FILE,
                            span.line(),
                            span.column(),
                            "this list item is not a mapping; upstream drops it without a word")
                    .withFix("write the resource as key: value lines"));
        }
        if (m.shape() == ManifestShape.LIST) {
            out.add(Diagnostic.at(
                            DiagnosticCode.RESOURCE_LIST_SHAPE_R2,
                            FILE,
                            1,
                            1,
                            "a top-level list loads in the pairwise runtime but the pointwise runtime reads only 'resources:'")
                    .withFix("wrap the list under 'resources:'"));
        }
    }
}

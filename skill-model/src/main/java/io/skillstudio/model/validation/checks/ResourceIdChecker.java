package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every resource has an id and a type, and no id is declared twice (upstream allows both silently). */
public final class ResourceIdChecker implements PackageChecker {

    private static final String FILE = UpstreamFileRules.RESOURCES_YAML;

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, ResourceEntry> seen = new HashMap<>();
        for (ResourceEntry e : context.pkg().manifest().map(m -> m.entries()).orElse(List.of())) {
            var at = e.span();
            if (e.id().isEmpty() || e.id().get().isBlank()) {
                out.add(Diagnostic.at(
                                DiagnosticCode.RESOURCE_ID_MISSING,
                                FILE,
                                at.line(),
                                at.column(),
                                "resource has no id; nothing can view or run it")
                        .withFix("add id: <type>.<name>"));
                continue;
            }
            if (e.type().isEmpty()) {
                out.add(Diagnostic.at(
                        DiagnosticCode.RESOURCE_TYPE_MISSING,
                        FILE,
                        at.line(),
                        at.column(),
                        "resource '" + e.id().get() + "' has no type; list_resources(type) never finds it"));
            }
            ResourceEntry first = seen.putIfAbsent(e.id().get(), e);
            if (first != null) {
                var pos = e.positionOf("id");
                out.add(Diagnostic.at(
                                DiagnosticCode.RESOURCE_DUPLICATE_ID,
                                FILE,
                                pos.line(),
                                pos.column(),
                                "id '" + e.id().get() + "' is already declared at line "
                                        + first.positionOf("id").line())
                        .withLength(e.id().get().length()));
            }
        }
        return out;
    }
}

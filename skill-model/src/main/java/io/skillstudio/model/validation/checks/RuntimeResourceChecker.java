package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.resources.KnownValues;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import java.util.ArrayList;
import java.util.List;

/**
 * Upstream executes only four hard-coded runtime ids (skillrm-format.md §10.14); any other runtime
 * resource answers "inconclusive" with ok:true, so authors believe it ran.
 */
public final class RuntimeResourceChecker implements PackageChecker {

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        for (ResourceEntry e : context.pkg().manifest().map(m -> m.entries()).orElse(List.of())) {
            String kind = e.implementationKind().orElse("");
            String id = e.id().orElse("");
            if (KnownValues.RUNTIME_KINDS.contains(kind)
                    && !id.isEmpty()
                    && !KnownValues.R1_EXECUTABLE_RUNTIME_IDS.contains(id)
                    && !id.startsWith(KnownValues.R2_RUNNABLE_PREFIX)) {
                var pos = e.positionOf("implementation_kind#value");
                out.add(Diagnostic.at(
                                DiagnosticCode.RESOURCE_INERT_RUNTIME,
                                UpstreamFileRules.RESOURCES_YAML,
                                pos.line(),
                                pos.column(),
                                "upstream cannot execute '" + id + "' (" + kind
                                        + "): run_resource answers 'inconclusive'; it runs only "
                                        + KnownValues.R1_EXECUTABLE_RUNTIME_IDS.stream()
                                                .sorted()
                                                .toList())
                        .withFix(
                                "declare it as implementation_kind: reference, or run it in Skill Studio's evaluator"));
            }
        }
        return out;
    }
}

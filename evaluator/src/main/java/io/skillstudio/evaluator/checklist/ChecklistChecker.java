package io.skillstudio.evaluator.checklist;

import io.skillstudio.evaluator.verify.ParamProblem;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.resources.UpstreamResourcePaths;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import io.skillstudio.model.yaml.Positions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Validates every YAML checklist resource: syntax and item shape (SKL060), unknown verifiers (SKL061,
 * at the {@code verifier:} value), parameters the verifier rejects (SKL062, at the parameter key) and
 * the aggregation block (SKL063). Missing files are left to the resources checker (SKL027).
 */
public final class ChecklistChecker implements PackageChecker {

    private final Supplier<VerifierRegistry> registry;

    public ChecklistChecker() {
        this(VerifierRegistry::standard);
    }

    public ChecklistChecker(Supplier<VerifierRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        SkillPackage pkg = context.pkg();
        List<Diagnostic> out = new ArrayList<>();
        for (ResourceEntry entry : ChecklistResources.of(pkg)) {
            String file = UpstreamResourcePaths.normalize(entry.path().orElseThrow());
            pkg.textOf(file).ifPresent(text -> out.addAll(checkFile(file, text)));
        }
        return out;
    }

    /** Checks one checklist text; public so the editor can validate an unsaved buffer. */
    public List<Diagnostic> checkFile(String file, String text) {
        List<Diagnostic> out = new ArrayList<>();
        ChecklistParse parse = ChecklistParser.parse(text, file);
        for (ChecklistProblem p : parse.problems()) {
            DiagnosticCode code = p.kind() == ChecklistProblem.Kind.AGGREGATION
                    ? DiagnosticCode.CHECKLIST_AGGREGATION
                    : DiagnosticCode.CHECKLIST_SYNTAX;
            out.add(at(code, file, p.at(), p.message()));
        }
        ChecklistBinder binder = new ChecklistBinder(registry.get());
        for (BoundItem bound : binder.bind(parse.checklist().items())) {
            if (bound instanceof BoundItem.Blocked b) {
                out.addAll(blocked(file, b));
            }
        }
        return out;
    }

    private static List<Diagnostic> blocked(String file, BoundItem.Blocked b) {
        ChecklistItem item = b.item();
        return switch (b.reason()) {
            case VERIFIER_MISSING ->
                List.of(at(DiagnosticCode.CHECKLIST_UNKNOWN_VERIFIER, file, item.positionOf("verifier"), b.message()));
            case INVALID_INPUT ->
                b.paramProblems().stream()
                        .map(pp -> at(
                                DiagnosticCode.CHECKLIST_BAD_PARAMS,
                                file,
                                paramPosition(item, pp),
                                "item '" + item.id() + "': " + pp.message()))
                        .toList();
            case VERIFIER_ERROR ->
                List.of(at(DiagnosticCode.CHECKLIST_BAD_PARAMS, file, item.positionOf("item"), b.message()));
            // A judge item is valid; it is only unscored until the model judge exists.
            default -> List.of();
        };
    }

    // A missing required parameter has no key to point at, so the 'params' key (or the item) is used.
    private static Optional<Positions.Span> paramPosition(ChecklistItem item, ParamProblem pp) {
        Optional<Positions.Span> key = Optional.ofNullable(item.positions().get("params." + pp.name()));
        return key.or(() -> item.positionOf("params"));
    }

    private static Diagnostic at(DiagnosticCode code, String file, Optional<Positions.Span> span, String message) {
        Diagnostic d = Diagnostic.at(
                code,
                file,
                span.map(Positions.Span::line).orElse(0),
                span.map(Positions.Span::column).orElse(0),
                message);
        int length = span.map(s -> Math.max(0, s.endOffset() - s.startOffset())).orElse(0);
        return d.withLength(length);
    }
}

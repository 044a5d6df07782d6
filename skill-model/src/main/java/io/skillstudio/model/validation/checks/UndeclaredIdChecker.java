package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SKILL.md tells the judge which resources to view by id. An id written in backticks whose first
 * segment is a resource family ({@code rubric.x}, {@code verifier.y}) but that resources.yaml does not
 * declare sends the judge to a resource that does not exist.
 */
public final class UndeclaredIdChecker implements PackageChecker {

    private static final Pattern CANDIDATE = Pattern.compile("`([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)`");
    private static final Set<String> FAMILIES = Set.of(
            "rubric",
            "principle",
            "verifier",
            "tool",
            "aggregation",
            "external",
            "checklist",
            "reference",
            "output",
            "if",
            "calibration",
            "taxonomy",
            "metadata");
    private static final Set<String> EXTENSIONS = Set.of("md", "yaml", "yml", "json", "py", "txt", "jsonl", "zip");

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        var doc = context.pkg().skillDocument();
        var manifest = context.pkg().manifest();
        if (doc.isEmpty() || manifest.isEmpty()) {
            return out;
        }
        Set<String> declared = new HashSet<>();
        Set<String> families = new HashSet<>(FAMILIES);
        for (ResourceEntry e : manifest.get().entries()) {
            e.id().ifPresent(id -> {
                declared.add(id);
                if (id.contains(".")) {
                    families.add(id.substring(0, id.indexOf('.')));
                }
            });
            declared.addAll(e.aliases());
        }
        String text = doc.get().text();
        Set<String> reported = new HashSet<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String id = m.group(1);
            String family = id.substring(0, id.indexOf('.'));
            String last = id.substring(id.lastIndexOf('.') + 1);
            if (declared.contains(id)
                    || !families.contains(family)
                    || EXTENSIONS.contains(last)
                    || family.equals("sample")
                    || !reported.add(id)) {
                continue;
            }
            TextPosition pos = TextPosition.of(text, m.start(1));
            out.add(Diagnostic.at(
                            DiagnosticCode.RESOURCE_UNDECLARED_ID,
                            UpstreamFileRules.SKILL_MD,
                            pos.line(),
                            pos.column(),
                            "SKILL.md names resource '" + id + "', which resources.yaml does not declare")
                    .withLength(id.length())
                    .withFix("declare '" + id + "' in resources.yaml or fix the id"));
        }
        return out;
    }
}

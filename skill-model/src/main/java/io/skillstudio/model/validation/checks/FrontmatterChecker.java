package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.skillmd.SkillDocument;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.PackageChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The frontmatter block exists, parses, and (strict mode) holds only Agent Skills keys. */
public final class FrontmatterChecker implements PackageChecker {

    static final Set<String> SPEC_KEYS =
            Set.of("name", "description", "license", "compatibility", "metadata", "allowed-tools");

    private static final String FILE = UpstreamFileRules.SKILL_MD;

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        context.pkg().skillDocument().ifPresent(doc -> check(doc, context.mode(), out));
        return out;
    }

    private static void check(SkillDocument doc, LintMode mode, List<Diagnostic> out) {
        if (doc.frontmatter().isEmpty()) {
            out.add(Diagnostic.at(
                            DiagnosticCode.FRONTMATTER_MISSING,
                            FILE,
                            1,
                            1,
                            "SKILL.md must start with a '---' line, YAML keys, and a closing '---' line")
                    .withFix("add ---\\nname: ...\\ndescription: ...\\n--- at the top"));
            return;
        }
        SkillDocument.Frontmatter fm = doc.frontmatter().get();
        if (fm.error().isPresent()) {
            var e = fm.error().get();
            out.add(Diagnostic.at(
                    DiagnosticCode.FRONTMATTER_INVALID,
                    FILE,
                    e.line() + fm.firstLine() - 1,
                    e.column(),
                    "frontmatter is not valid YAML: " + e.message()));
            return;
        }
        if (mode != LintMode.STRICT) {
            return;
        }
        for (String key : fm.values().keySet()) {
            if (!SPEC_KEYS.contains(key)) {
                int[] pos = doc.keyPosition(key).orElse(new int[] {fm.firstLine(), 1});
                out.add(Diagnostic.at(
                                DiagnosticCode.FRONTMATTER_UNKNOWN_KEY,
                                FILE,
                                pos[0],
                                pos[1],
                                "'" + key + "' is not an Agent Skills frontmatter key; allowed: "
                                        + SPEC_KEYS.stream().sorted().toList())
                        .withLength(key.length())
                        .withFix("move it under metadata:"));
            }
        }
        Object metadata = fm.values().get("metadata");
        if (metadata != null && !(metadata instanceof Map)) {
            int[] pos = doc.valuePosition("metadata").orElse(new int[] {fm.firstLine(), 1});
            out.add(Diagnostic.at(
                    DiagnosticCode.METADATA_NOT_STRINGS,
                    FILE,
                    pos[0],
                    pos[1],
                    "metadata must be a mapping of string keys to string values"));
        } else if (metadata instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (!(v instanceof String)) {
                    int[] pos = doc.valuePosition("metadata").orElse(new int[] {fm.firstLine(), 1});
                    out.add(Diagnostic.at(
                                    DiagnosticCode.METADATA_NOT_STRINGS,
                                    FILE,
                                    pos[0],
                                    pos[1],
                                    "metadata." + k + " should be a string, got "
                                            + (v == null ? "null" : v.getClass().getSimpleName()))
                            .withFix("quote the value"));
                }
            });
        }
    }
}

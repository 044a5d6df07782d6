package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.diagnostics.Severity;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.skillmd.SkillDocument;
import io.skillstudio.model.skillmd.UpstreamReaders;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.PackageChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The description: present, at most 1024 characters, no angle brackets in strict mode, and read the
 * same by upstream's single-line regexes (skillrm-format.md §10.1).
 */
public final class DescriptionChecker implements PackageChecker {

    public static final int MAX_LENGTH = 1024;
    private static final String FILE = UpstreamFileRules.SKILL_MD;

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        Optional<ParsedSkillMd> parsed = ParsedSkillMd.of(context);
        if (parsed.isEmpty()) {
            return out;
        }
        SkillDocument d = parsed.get().doc();
        Object raw = parsed.get().value("description");
        int[] pos = parsed.get().position("description");
        if (raw == null || String.valueOf(raw).isBlank()) {
            out.add(Diagnostic.at(
                            DiagnosticCode.DESCRIPTION_MISSING,
                            FILE,
                            pos[0],
                            pos[1],
                            "frontmatter has no description; the judge sees it to decide when to load the skill")
                    .withFix("add description: what the skill evaluates and when to use it"));
            return out;
        }
        String description = String.valueOf(raw);
        if (description.length() > MAX_LENGTH) {
            Diagnostic tooLong = Diagnostic.at(
                    DiagnosticCode.DESCRIPTION_TOO_LONG,
                    FILE,
                    pos[0],
                    pos[1],
                    "description is " + description.length() + " characters; the limit is " + MAX_LENGTH);
            out.add(context.mode() == LintMode.STRICT ? tooLong : tooLong.withSeverity(Severity.WARNING));
        }
        if (context.mode() == LintMode.STRICT && (description.contains("<") || description.contains(">"))) {
            out.add(Diagnostic.at(
                    DiagnosticCode.DESCRIPTION_TOO_LONG,
                    FILE,
                    pos[0],
                    pos[1],
                    "description must not contain '<' or '>' (skill-creator's validator rejects them)"));
        }
        String yaml = collapse(description);
        Optional<String> r1 = UpstreamReaders.r1Description(d.text());
        Optional<String> r2 = UpstreamReaders.r2Description(d.text());
        if (!r1.map(DescriptionChecker::collapse).equals(Optional.of(yaml.replace("\"", "")))) {
            out.add(misread("upstream's pairwise runtime (R1)", r1, pos));
        } else if (!r2.equals(
                Optional.of(yaml.replace('|', ' ').replaceAll("\\s+", " ").strip()))) {
            out.add(misread("upstream's pointwise runtime (R2)", r2, pos));
        }
        return out;
    }

    private static Diagnostic misread(String who, Optional<String> reading, int[] pos) {
        String shown = reading.map(r -> "'" + abbreviate(r) + "'").orElse("nothing (it uses a generic default)");
        return Diagnostic.at(
                        DiagnosticCode.DESCRIPTION_MISREAD_UPSTREAM,
                        FILE,
                        pos[0],
                        pos[1],
                        who + " reads the description as " + shown + ", not the YAML value")
                .withFix("write the description as one plain line after 'description:'");
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}

package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.skillmd.SkillDocument;
import io.skillstudio.model.skillmd.UpstreamReaders;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.PackageChecker;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The skill name: Agent Skills rules in strict mode (lowercase, digits, hyphens, at most 64, equal to
 * the folder), upstream's regex in skillrm mode, and in both a warning when upstream would read
 * another name than the YAML says.
 */
public final class NameChecker implements PackageChecker {

    static final int MAX_LENGTH = 64;
    private static final Pattern STRICT = Pattern.compile("[\\p{Ll}\\p{Nd}-]+");
    private static final Pattern SKILLRM = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final String FILE = UpstreamFileRules.SKILL_MD;

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        Optional<ParsedSkillMd> parsed = ParsedSkillMd.of(context);
        if (parsed.isEmpty()) {
            return out;
        }
        SkillDocument d = parsed.get().doc();
        Object raw = parsed.get().value("name");
        int[] pos = parsed.get().position("name");
        if (raw == null || String.valueOf(raw).isBlank()) {
            out.add(Diagnostic.at(DiagnosticCode.NAME_MISSING, FILE, pos[0], pos[1], "frontmatter has no name")
                    .withFix("add name: " + suggest(context.pkg().rootName())));
            return out;
        }
        String name = String.valueOf(raw);
        List<String> problems = context.mode() == LintMode.STRICT
                ? strictProblems(name, context.pkg().rootName())
                : skillrmProblems(name);
        for (String p : problems) {
            out.add(Diagnostic.at(DiagnosticCode.NAME_INVALID, FILE, pos[0], pos[1], "name '" + name + "' " + p)
                    .withLength(name.length())
                    .withFix("use " + suggest(name)));
        }
        Optional<String> upstream = UpstreamReaders.r1Name(d.text());
        if (!upstream.equals(Optional.of(name))) {
            String reads = upstream.map(u -> "'" + u + "'")
                    .orElse("nothing and falls back to '" + UpstreamReaders.R1_DEFAULT_NAME + "'");
            out.add(Diagnostic.at(
                            DiagnosticCode.NAME_MISREAD_UPSTREAM,
                            FILE,
                            pos[0],
                            pos[1],
                            "upstream's name regex reads " + reads + " where the YAML says '" + name + "'")
                    .withFix("write the name unquoted on its own line: name: " + suggest(name)));
        }
        return out;
    }

    static List<String> strictProblems(String name, String folder) {
        List<String> out = new ArrayList<>();
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        if (n.length() > MAX_LENGTH) {
            out.add("is " + n.length() + " characters; the limit is " + MAX_LENGTH);
        }
        if (!STRICT.matcher(n).matches()) {
            out.add("may only hold lowercase letters, digits and hyphens (strict mode)");
        }
        if (n.startsWith("-") || n.endsWith("-")) {
            out.add("must not start or end with a hyphen");
        }
        if (n.contains("--")) {
            out.add("must not contain '--'");
        }
        if (!folder.isEmpty() && !n.equals(folder)) {
            out.add("must equal the package folder name '" + folder + "'");
        }
        return out;
    }

    static List<String> skillrmProblems(String name) {
        List<String> out = new ArrayList<>();
        if (!SKILLRM.matcher(name).matches()) {
            out.add("may only hold letters, digits, '_', '.' and '-' for upstream's loader");
        }
        if (name.length() > MAX_LENGTH) {
            out.add("is " + name.length() + " characters; the limit is " + MAX_LENGTH);
        }
        return out;
    }

    static String suggest(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return s.isEmpty() ? "my-skill" : s.substring(0, Math.min(s.length(), MAX_LENGTH));
    }
}

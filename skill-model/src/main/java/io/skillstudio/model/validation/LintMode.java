package io.skillstudio.model.validation;

import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.skillmd.SkillDocument;
import java.util.Locale;
import java.util.Set;

/** Which rules a package is held to. */
public enum LintMode {
    /** Agent Skills rules (integration-contracts.md (c)): lowercase-hyphen names, allowed keys only. */
    STRICT,
    /** Upstream Skill-RM compatible: underscores and dots allowed in names, extra keys tolerated. */
    SKILLRM;

    /**
     * Frontmatter keys only the Agent Skills specification defines; upstream packages use none of them
     * ({@code metadata} they use too, so it tells nothing).
     */
    private static final Set<String> AGENT_SKILLS_ONLY = Set.of("license", "compatibility", "allowed-tools");

    public static LintMode parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * The mode a package's own conventions call for: {@link #SKILLRM} for a package written the upstream
     * way (a name with an underscore and none of the Agent Skills-only frontmatter keys), else
     * {@link #STRICT}.
     */
    public static LintMode conventionOf(SkillPackage pkg) {
        return pkg.skillDocument()
                .flatMap(doc -> doc.frontmatter().map(fm -> upstreamStyle(doc, fm)))
                .filter(Boolean::booleanValue)
                .map(b -> SKILLRM)
                .orElse(STRICT);
    }

    private static boolean upstreamStyle(SkillDocument doc, SkillDocument.Frontmatter fm) {
        return doc.name().filter(n -> n.contains("_")).isPresent()
                && fm.values().keySet().stream().noneMatch(AGENT_SKILLS_ONLY::contains);
    }
}

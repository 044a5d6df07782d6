package io.skillstudio.model.validation;

/** Which rules a package is held to. */
public enum LintMode {
    /** Agent Skills rules (integration-contracts.md (c)): lowercase-hyphen names, allowed keys only. */
    STRICT,
    /** Upstream Skill-RM compatible: underscores and dots allowed in names, extra keys tolerated. */
    SKILLRM;

    public static LintMode parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}

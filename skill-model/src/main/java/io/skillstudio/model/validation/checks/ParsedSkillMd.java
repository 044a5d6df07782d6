package io.skillstudio.model.validation.checks;

import io.skillstudio.model.skillmd.SkillDocument;
import io.skillstudio.model.validation.CheckContext;
import java.util.Optional;

/**
 * SKILL.md when its frontmatter parsed; checkers of single keys skip broken frontmatter, which
 * {@link FrontmatterChecker} reports once.
 */
record ParsedSkillMd(SkillDocument doc) {

    static Optional<ParsedSkillMd> of(CheckContext context) {
        return context.pkg()
                .skillDocument()
                .filter(d -> d.frontmatter().map(f -> f.error().isEmpty()).orElse(false))
                .map(ParsedSkillMd::new);
    }

    Object value(String key) {
        return doc.frontmatter().orElseThrow().values().get(key);
    }

    /** Where to point for a key: its value, else the key, else the first frontmatter line. */
    int[] position(String key) {
        return doc.valuePosition(key).or(() -> doc.keyPosition(key)).orElse(new int[] {2, 1});
    }
}

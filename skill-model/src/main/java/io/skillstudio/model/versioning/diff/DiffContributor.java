package io.skillstudio.model.versioning.diff;

import io.skillstudio.model.load.SkillPackage;
import java.util.List;

/**
 * Adds structured sections to a package diff for file kinds skill-model does not understand (the
 * evaluator contributes checklist items this way, so the diff reads checklists with the evaluator's own
 * reader). Found with {@link java.util.ServiceLoader}; implementations must not throw on malformed files.
 */
public interface DiffContributor {
    List<DiffSection> diff(SkillPackage before, SkillPackage after);
}

package io.skillstudio.model.load;

import io.skillstudio.model.diagnostics.Diagnostic;
import java.util.List;
import java.util.Optional;

/** A loaded package, or only the diagnostics that say why none could be read. */
public record LoadResult(Optional<SkillPackage> skillPackage, List<Diagnostic> diagnostics) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }
}

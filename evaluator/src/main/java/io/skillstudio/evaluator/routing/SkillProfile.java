package io.skillstudio.evaluator.routing;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.skillmd.SkillDocument;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What routing knows of one skill: the name and description a model is advertised (as upstream's R1/R2
 * system prompts do), the labels its resources declare, and the modes it serves.
 *
 * @param modes the modes the skill serves; empty when nothing in the package says, which routing reads
 *     as "any mode" rather than guessing
 * @param appliesTo the union of the resources' {@code applies_to} labels, lower-case
 * @param benchmarks the union of the resources' {@code benchmarks} labels, normalized
 * @param metadata the SKILL.md {@code metadata} map (family, method, ...)
 */
public record SkillProfile(
        String name,
        String description,
        Path source,
        Set<EvalMode> modes,
        Set<String> appliesTo,
        Set<String> benchmarks,
        Map<String, Object> metadata) {

    public SkillProfile {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        modes = modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
        appliesTo = Set.copyOf(appliesTo);
        benchmarks = Set.copyOf(benchmarks);
        metadata = Map.copyOf(metadata);
    }

    /** Reads a loaded package; the folder name stands in for a missing {@code name}, as upstream's R2 does. */
    public static SkillProfile of(SkillPackage pkg) {
        SkillDocument doc = pkg.skillDocument().orElse(null);
        String name = doc == null
                ? pkg.rootName()
                : doc.name().filter(n -> !n.isBlank()).orElse(pkg.rootName());
        String description =
                doc == null ? "" : doc.description().orElse("").strip().replaceAll("\\s+", " ");
        Map<String, Object> metadata = doc == null ? Map.of() : doc.metadata();
        Set<String> applies = new TreeSet<>();
        Set<String> benchmarks = new TreeSet<>();
        List<ResourceEntry> entries = pkg.manifest().map(m -> m.entries()).orElse(List.of());
        for (ResourceEntry e : entries) {
            e.appliesTo().forEach(a -> applies.add(a.toLowerCase(Locale.ROOT)));
            e.benchmarks().forEach(b -> benchmarks.add(RouteRules.normalizeLabel(b)));
        }
        Set<EvalMode> modes = RouteRules.servedModes(name, applies, metadata);
        return new SkillProfile(name, description, pkg.source(), modes, applies, benchmarks, metadata);
    }

    /** The text a similarity score compares with a sample: what a model reads before choosing. */
    public String advertisedText() {
        return name.replace('_', ' ').replace('-', ' ') + ". " + description;
    }

    public boolean serves(EvalMode mode) {
        return modes.isEmpty() || modes.contains(mode);
    }
}

package io.skillstudio.model.load;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.resources.ResourceManifest;
import io.skillstudio.model.skillmd.SkillDocument;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable snapshot of a skill package: every file with its raw bytes, plus SKILL.md and
 * resources.yaml parsed. Edits produce a new snapshot with {@link #withFile}, so validation can run on
 * unsaved editor text without touching disk.
 */
public final class SkillPackage {

    private final Path source;
    private final SourceKind kind;
    private final String rootName;
    private final Map<String, PackageFile> files;
    private final List<Diagnostic> loadDiagnostics;
    private final SkillDocument skillDocument;
    private final ResourceManifest manifest;

    public SkillPackage(
            Path source,
            SourceKind kind,
            String rootName,
            Collection<PackageFile> files,
            List<Diagnostic> loadDiagnostics) {
        this.source = source;
        this.kind = kind;
        this.rootName = rootName;
        TreeMap<String, PackageFile> sorted = new TreeMap<>(PathOrder.UPSTREAM);
        files.forEach(f -> sorted.put(f.path(), f));
        this.files = Collections.unmodifiableMap(sorted);
        this.loadDiagnostics = List.copyOf(loadDiagnostics);
        this.skillDocument =
                textOf(UpstreamFileRules.SKILL_MD).map(SkillDocument::parse).orElse(null);
        this.manifest = textOf(UpstreamFileRules.RESOURCES_YAML)
                .map(ResourceManifest::parse)
                .orElse(null);
    }

    public Path source() {
        return source;
    }

    public SourceKind kind() {
        return kind;
    }

    /** The folder name (or the zip's wrapper folder) that Agent Skills wants the name to equal. */
    public String rootName() {
        return rootName;
    }

    /** Every file, in upstream's path order. */
    public Collection<PackageFile> files() {
        return files.values();
    }

    public Optional<PackageFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public Optional<String> textOf(String path) {
        return file(path).flatMap(PackageFile::text);
    }

    public List<Diagnostic> loadDiagnostics() {
        return loadDiagnostics;
    }

    public Optional<SkillDocument> skillDocument() {
        return Optional.ofNullable(skillDocument);
    }

    public Optional<ResourceManifest> manifest() {
        return Optional.ofNullable(manifest);
    }

    /** A copy with one file replaced or added (editor buffers, structured edits). */
    public SkillPackage withFile(String path, byte[] bytes) {
        TreeMap<String, PackageFile> copy = new TreeMap<>(PathOrder.UPSTREAM);
        copy.putAll(files);
        copy.put(path, PackageFile.of(path, bytes));
        return new SkillPackage(source, kind, rootName, copy.values(), loadDiagnostics);
    }

    /** A copy without one file. */
    public SkillPackage withoutFile(String path) {
        TreeMap<String, PackageFile> copy = new TreeMap<>(PathOrder.UPSTREAM);
        copy.putAll(files);
        copy.remove(path);
        return new SkillPackage(source, kind, rootName, copy.values(), loadDiagnostics);
    }
}

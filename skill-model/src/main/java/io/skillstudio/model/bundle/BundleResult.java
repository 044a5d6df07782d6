package io.skillstudio.model.bundle;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.versioning.Lockfile;
import java.nio.file.Path;
import java.util.List;

/**
 * A written bundle.
 *
 * @param entries the zip entry names in the order written
 * @param ignoredFiles files upstream ignores, and whether they were carried ({@code included})
 * @param normalizedLineEndings loaded text files whose CRLF/CR were written as LF, so upstream reads the
 *     zip exactly as it reads the folder (it applies universal newlines only to folders)
 * @param warnings validation warnings present at export
 * @param sha256 the zip's bytes (upstream's algorithm B identity of the bundle)
 */
public record BundleResult(
        Path zip,
        String wrapper,
        List<String> entries,
        List<String> ignoredFiles,
        boolean included,
        List<String> normalizedLineEndings,
        List<Diagnostic> warnings,
        Lockfile lockfile,
        String sha256) {
    public BundleResult {
        entries = List.copyOf(entries);
        ignoredFiles = List.copyOf(ignoredFiles);
        normalizedLineEndings = List.copyOf(normalizedLineEndings);
        warnings = List.copyOf(warnings);
    }
}

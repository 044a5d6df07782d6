package io.skillstudio.model.versioning;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * {@code skill.lock.json}: what exactly a released package holds. Written without timestamps so the
 * same content gives the same bytes (bundles stay reproducible). The lockfile never records itself.
 * See docs/versions.md.
 *
 * @param lockfileVersion format version of this file ({@link #FORMAT})
 * @param version {@code metadata.version} as written, or null when the package has none
 * @param hashes the upstream directory hash and the canonical content hash, over the locked files
 * @param files every locked file in upstream path order
 * @param verifiers the verifier ids the package's checklists use, with the evaluator that validated
 *     them; null when the lock was written without an evaluator
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"lockfileVersion", "name", "version", "hashes", "files", "verifiers"})
public record Lockfile(
        int lockfileVersion,
        String name,
        String version,
        Hashes hashes,
        List<LockedFile> files,
        VerifierStamp verifiers) {

    public static final String FILE = "skill.lock.json";
    public static final int FORMAT = 1;

    public Lockfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hashes, "hashes");
        files = List.copyOf(files);
    }

    /**
     * @param upstreamDirectory skillrm-format.md §1.4 algorithm A over the locked files
     * @param content the canonical content hash (docs/hashes.md)
     * @param contentFormat the content hash's format tag
     */
    @JsonPropertyOrder({"upstreamDirectory", "content", "contentFormat"})
    public record Hashes(String upstreamDirectory, String content, String contentFormat) {}

    /** One file: its POSIX path, sha256 of its raw bytes, size, and whether upstream's loader reads it. */
    @JsonPropertyOrder({"path", "sha256", "size", "upstreamLoads"})
    public record LockedFile(String path, String sha256, long size, boolean upstreamLoads) {}

    /** Which verifiers the package relies on and which evaluator version checked they exist. */
    @JsonPropertyOrder({"evaluatorVersion", "ids"})
    public record VerifierStamp(String evaluatorVersion, List<String> ids) {
        public VerifierStamp {
            Objects.requireNonNull(evaluatorVersion, "evaluatorVersion");
            ids = List.copyOf(ids);
        }
    }
}

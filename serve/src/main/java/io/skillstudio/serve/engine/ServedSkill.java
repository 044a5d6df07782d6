package io.skillstudio.serve.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.score.Provenance;
import java.util.Objects;

/**
 * The identity of the package a server scores with, named in every response (product rule 2).
 *
 * @param contentHash the studio's canonical content hash of the package as it was loaded
 * @param checklist the checklist resource id the engine uses, {@code ""} for none
 * @param source the path the package was loaded from, as given on the command line
 * @param allowInvalid the package failed validation and is served anyway ({@code --allow-invalid}); written
 *     only when true, so every response of such a server says so
 */
@JsonPropertyOrder({"name", "version", "contentHash", "evaluatorVersion", "checklist", "source", "allowInvalid"})
public record ServedSkill(
        String name,
        String version,
        String contentHash,
        String evaluatorVersion,
        String checklist,
        String source,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean allowInvalid) {

    public ServedSkill {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(evaluatorVersion, "evaluatorVersion");
        checklist = checklist == null ? "" : checklist;
        source = source == null ? "" : source;
    }

    /** The identity the evaluator stamps on every result, plus where the package was loaded from and whether it was let through invalid. */
    public static ServedSkill of(Provenance p, String source) {
        return new ServedSkill(
                p.skillName(),
                p.skillVersion(),
                p.contentHash(),
                p.evaluatorVersion(),
                p.checklist(),
                source,
                Boolean.TRUE.equals(p.settings().get("allowInvalid")));
    }
}

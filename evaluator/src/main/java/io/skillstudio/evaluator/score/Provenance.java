package io.skillstudio.evaluator.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a result came from, stamped on every result and trace (product rule 2). {@code judgeModel} is
 * empty until the model judge exists; {@code selection} says how the skill was chosen.
 *
 * @param skillVersion {@code metadata.version} from SKILL.md, or {@code "unversioned"}
 * @param contentHash {@code PackageHashes.content}, the studio's canonical hash
 * @param checklist the checklist resource id the run used, or {@code ""} for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "skillName",
    "skillVersion",
    "contentHash",
    "evaluatorVersion",
    "mode",
    "checklist",
    "selection",
    "judgeModel",
    "settings"
})
public record Provenance(
        String skillName,
        String skillVersion,
        String contentHash,
        String evaluatorVersion,
        String mode,
        String checklist,
        String selection,
        String judgeModel,
        Map<String, Object> settings) {

    public Provenance {
        Objects.requireNonNull(skillName, "skillName");
        Objects.requireNonNull(skillVersion, "skillVersion");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(evaluatorVersion, "evaluatorVersion");
        Objects.requireNonNull(mode, "mode");
        checklist = checklist == null ? "" : checklist;
        selection = selection == null ? "explicit" : selection;
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}

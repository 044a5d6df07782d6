package io.skillstudio.evaluator.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.run.EvalMode;
import java.util.List;
import java.util.Optional;

/**
 * Every skill ranked for one sample, the margin of the winner over the runner-up and the flags a reviewer
 * looks for: a margin too small to trust, a winner that does not serve the sample's mode, a winner that is
 * not the skill the sample expects.
 *
 * @param expectedSkill the sample's {@code expected_skill}, or null
 */
@JsonPropertyOrder({
    "sampleId",
    "line",
    "mode",
    "chosen",
    "expectedSkill",
    "correct",
    "margin",
    "ambiguous",
    "modeMismatch",
    "ranking"
})
public record RoutingDecision(
        String sampleId,
        int line,
        EvalMode mode,
        List<SkillScore> ranking,
        double margin,
        boolean ambiguous,
        boolean modeMismatch,
        String expectedSkill) {

    public RoutingDecision {
        ranking = List.copyOf(ranking);
    }

    /** The top-ranked skill. */
    @JsonProperty
    public String chosen() {
        return ranking.isEmpty() ? "" : ranking.get(0).skill();
    }

    /** Whether the top skill is the expected one; null without an expectation. */
    @JsonProperty
    public Boolean correct() {
        return expectedSkill == null ? null : expectedSkill.equals(chosen());
    }

    /** 1-based rank of a skill in this ranking. */
    @JsonIgnore
    public Optional<Integer> rankOf(String skill) {
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).skill().equals(skill)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}

package io.skillstudio.evaluator.routing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Routing over a sample set: every decision, and over the samples that name an {@code expected_skill},
 * accuracy, the confusion matrix (expected → chosen → count) and the misrouted samples with their margins.
 *
 * @param accuracy correct / labelled, or null when no sample names an expected skill
 */
@JsonPropertyOrder({
    "skills",
    "embeddings",
    "samples",
    "labelled",
    "correct",
    "accuracy",
    "ambiguous",
    "modeMismatches",
    "confusion",
    "misrouted",
    "collisions",
    "decisions"
})
public record RoutingReport(
        List<String> skills,
        boolean embeddings,
        int samples,
        int labelled,
        int correct,
        Double accuracy,
        int ambiguous,
        int modeMismatches,
        Map<String, Map<String, Integer>> confusion,
        List<Misrouted> misrouted,
        List<Collision> collisions,
        List<RoutingDecision> decisions) {

    /**
     * A sample routed away from its expected skill.
     *
     * @param expectedRank where the expected skill ranked (0 when it is not among the skills)
     * @param gap how far the expected skill scored below the chosen one
     */
    @JsonPropertyOrder({"sampleId", "line", "expected", "chosen", "margin", "expectedRank", "gap"})
    public record Misrouted(
            String sampleId, int line, String expected, String chosen, double margin, int expectedRank, double gap) {}

    public static RoutingReport of(
            List<String> skills, boolean embeddings, List<RoutingDecision> decisions, List<Collision> collisions) {
        int labelled = 0;
        int correct = 0;
        int ambiguous = 0;
        int mismatches = 0;
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<Misrouted> misrouted = new ArrayList<>();
        for (RoutingDecision d : decisions) {
            ambiguous += d.ambiguous() ? 1 : 0;
            mismatches += d.modeMismatch() ? 1 : 0;
            if (d.expectedSkill() == null) {
                continue;
            }
            labelled++;
            confusion.computeIfAbsent(d.expectedSkill(), k -> new TreeMap<>()).merge(d.chosen(), 1, Integer::sum);
            if (Boolean.TRUE.equals(d.correct())) {
                correct++;
            } else {
                int rank = d.rankOf(d.expectedSkill()).orElse(0);
                double gap = rank == 0
                        ? d.ranking().get(0).score()
                        : d.ranking().get(0).score() - d.ranking().get(rank - 1).score();
                misrouted.add(new Misrouted(
                        d.sampleId(), d.line(), d.expectedSkill(), d.chosen(), d.margin(), rank, Router.round(gap)));
            }
        }
        Double accuracy = labelled == 0 ? null : Router.round((double) correct / labelled);
        return new RoutingReport(
                List.copyOf(skills),
                embeddings,
                decisions.size(),
                labelled,
                correct,
                accuracy,
                ambiguous,
                mismatches,
                confusion,
                misrouted,
                collisions,
                decisions);
    }

    public RoutingReport {
        skills = List.copyOf(skills);
        misrouted = List.copyOf(misrouted);
        collisions = List.copyOf(collisions);
        decisions = List.copyOf(decisions);
    }
}

package io.skillstudio.evaluator.routing;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.sample.Sample;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The declarative part of routing: which modes a skill serves, and whether a sample's metadata names a
 * benchmark or task the skill declares. Upstream never enforces {@code applies_to} or {@code benchmarks}
 * (skillrm-format.md §2.2); here they are evidence shown beside the similarity scores, never a gate.
 */
public final class RouteRules {

    /** Sample metadata keys that name where a sample comes from. */
    static final List<String> SOURCE_KEYS =
            List.of("benchmark", "data_source", "dataset", "source", "task_type", "domain", "subset", "category");

    private RouteRules() {}

    /**
     * Modes named anywhere the package speaks of them: its name, {@code metadata.method}/{@code family},
     * {@code metadata.modes}, and the resources' {@code applies_to}. Nothing named means "any mode".
     */
    static Set<EvalMode> servedModes(String name, Set<String> appliesTo, Map<String, Object> metadata) {
        List<String> words = new ArrayList<>(appliesTo);
        words.add(name.toLowerCase(Locale.ROOT));
        for (String key : List.of("method", "family", "modes", "mode")) {
            Object v = metadata.get(key);
            if (v != null) {
                words.add(v.toString().toLowerCase(Locale.ROOT));
            }
        }
        EnumSet<EvalMode> modes = EnumSet.noneOf(EvalMode.class);
        for (String w : words) {
            if (w.contains("pointwise") || w.contains("scalar")) {
                modes.add(EvalMode.POINTWISE);
            }
            if (w.contains("pairwise") || w.contains("forced_choice")) {
                modes.add(EvalMode.PAIRWISE);
            }
            if (w.contains("listwise") || w.contains("best_of_n") || w.contains("rewardbench2")) {
                modes.add(EvalMode.LISTWISE);
            }
        }
        return modes;
    }

    /** The sample's mode: the one asked for, else one response pointwise, two pairwise, more listwise. */
    public static EvalMode modeOf(Sample sample, Optional<EvalMode> forced) {
        if (forced.isPresent()) {
            return forced.get();
        }
        int n = sample.responses().size();
        return n <= 1 ? EvalMode.POINTWISE : n == 2 ? EvalMode.PAIRWISE : EvalMode.LISTWISE;
    }

    /**
     * Labels of the sample's metadata that the skill declares in {@code benchmarks} or {@code applies_to}
     * ("data_source=judgebench matches benchmarks"), each a reason.
     */
    static List<String> metadataMatches(Sample sample, SkillProfile skill) {
        List<String> reasons = new ArrayList<>();
        for (String key : SOURCE_KEYS) {
            Object value = sample.metadata().get(key);
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            String label = normalizeLabel(value.toString());
            if (skill.benchmarks().stream().anyMatch(b -> label.contains(b) || b.contains(label))) {
                reasons.add(key + "=" + value + " matches a declared benchmark");
            } else if (skill.appliesTo().stream()
                    .map(RouteRules::normalizeLabel)
                    .anyMatch(label::equals)) {
                reasons.add(key + "=" + value + " matches applies_to");
            }
        }
        return reasons;
    }

    /** Lower-case letters and digits only: {@code RewardBench2}, {@code rewardbench_v2}, {@code rb2} compare. */
    static String normalizeLabel(String s) {
        String n = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return n.replace("rewardbenchv2", "rewardbench2");
    }
}

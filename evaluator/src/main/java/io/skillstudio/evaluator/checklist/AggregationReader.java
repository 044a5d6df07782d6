package io.skillstudio.evaluator.checklist;

import io.skillstudio.evaluator.aggregate.AggregationMethod;
import io.skillstudio.evaluator.aggregate.AggregationPolicy;
import io.skillstudio.evaluator.aggregate.ItemSeverity;
import io.skillstudio.evaluator.checklist.ChecklistProblem.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code aggregation:} block of a checklist file; every problem is an SKL063 finding. */
final class AggregationReader {

    private static final Set<String> KEYS = Set.of("method", "caps", "veto");

    private AggregationReader() {}

    /**
     * The policy, or the default when the block is absent; problems are appended. Invalid parts fall
     * back individually (method to count_ratio, a bad cap or veto id is left out) while the valid ones
     * are kept. Veto ids are checked against {@code itemIds} so a typo cannot silently disable a veto.
     */
    static AggregationPolicy read(Object value, Locator at, Set<String> itemIds, List<ChecklistProblem> problems) {
        if (value == null) {
            return AggregationPolicy.DEFAULT;
        }
        if (!(value instanceof Map<?, ?> raw)) {
            problems.add(new ChecklistProblem(Kind.AGGREGATION, at.self(), "'aggregation' must be a mapping"));
            return AggregationPolicy.DEFAULT;
        }
        raw.keySet().stream()
                .map(String::valueOf)
                .filter(k -> !KEYS.contains(k))
                .forEach(k -> problems.add(new ChecklistProblem(
                        Kind.AGGREGATION,
                        at.key(k),
                        "unknown aggregation key '" + k + "'; known: caps, method, veto")));
        AggregationMethod method = AggregationMethod.COUNT_RATIO;
        if (raw.containsKey("method")) {
            Object m = raw.get("method");
            method = AggregationMethod.parse(String.valueOf(m)).orElse(null);
            if (method == null) {
                problems.add(new ChecklistProblem(
                        Kind.AGGREGATION,
                        at.child("method").self(),
                        "unknown aggregation method '" + m + "'; known: "
                                + Arrays.stream(AggregationMethod.values())
                                        .map(AggregationMethod::code)
                                        .toList()));
                method = AggregationMethod.COUNT_RATIO;
            }
        }
        Map<ItemSeverity, Double> caps = readCaps(raw.get("caps"), at.child("caps"), problems);
        List<String> veto = readVeto(raw.get("veto"), at.child("veto"), itemIds, problems);
        // Each part falls back on its own: a typo elsewhere must not also drop a valid veto or cap,
        // which would silently raise scores. The problems still reach the validator and the run.
        return new AggregationPolicy(method, caps, veto);
    }

    private static Map<ItemSeverity, Double> readCaps(Object value, Locator at, List<ChecklistProblem> problems) {
        Map<ItemSeverity, Double> caps = new EnumMap<>(ItemSeverity.class);
        if (value == null) {
            return caps;
        }
        if (!(value instanceof Map<?, ?> raw)) {
            problems.add(new ChecklistProblem(
                    Kind.AGGREGATION,
                    at.self(),
                    "'caps' must map a severity to a maximum score, e.g. {critical: 0.3}"));
            return caps;
        }
        raw.forEach((k, v) -> {
            String key = String.valueOf(k);
            var severity = ItemSeverity.parse(key);
            if (severity.isEmpty()) {
                problems.add(new ChecklistProblem(
                        Kind.AGGREGATION, at.key(key), "caps key must be critical, major or minor, got '" + key + "'"));
            } else if (!(v instanceof Number n) || !(n.doubleValue() >= 0 && n.doubleValue() <= 1)) {
                problems.add(new ChecklistProblem(
                        Kind.AGGREGATION,
                        at.child(key).self(),
                        "cap for " + key + " must be a number in [0,1], got '" + v + "'"));
            } else {
                caps.put(severity.get(), n.doubleValue());
            }
        });
        return caps;
    }

    private static List<String> readVeto(
            Object value, Locator at, Set<String> itemIds, List<ChecklistProblem> problems) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            problems.add(new ChecklistProblem(Kind.AGGREGATION, at.self(), "'veto' must be a list of item ids"));
            return List.of();
        }
        List<String> known = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (itemIds.contains((String) list.get(i))) {
                known.add((String) list.get(i));
            } else {
                problems.add(new ChecklistProblem(
                        Kind.AGGREGATION,
                        at.element(i).self(),
                        "veto names no item of this checklist: '" + list.get(i) + "'"));
            }
        }
        return List.copyOf(known);
    }
}

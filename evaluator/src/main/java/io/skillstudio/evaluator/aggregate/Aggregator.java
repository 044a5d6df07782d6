package io.skillstudio.evaluator.aggregate;

import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnscoredReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies an {@link AggregationPolicy} to item results. Unscored items are left out of the base and
 * counted; when no item is scored the result is unscored (never a silent 0 or 0.5), with the most
 * frequent item reason (ties broken by the reason's declaration order, so the choice is stable).
 */
public final class Aggregator {

    private Aggregator() {}

    public static Breakdown aggregate(AggregationPolicy policy, List<ItemScore> items) {
        List<ItemScore> scored = items.stream().filter(i -> i.score().isScored()).toList();
        Map<UnscoredReason, Integer> byReason = new EnumMap<>(UnscoredReason.class);
        items.stream().filter(i -> !i.score().isScored())
                .forEach(i -> byReason.merge(i.score().reason(), 1, Integer::sum));
        Map<String, Integer> byCode = new LinkedHashMap<>();
        byReason.forEach((r, n) -> byCode.put(r.code(), n));
        int unscored = items.size() - scored.size();
        if (items.isEmpty()) {
            return new Breakdown(policy.method(), items, 0, 0, byCode, null, List.of(), List.of(),
                    Score.unscored(UnscoredReason.NO_ITEMS, "no checklist item applies to this sample"));
        }
        if (scored.isEmpty()) {
            UnscoredReason reason = byReason.entrySet().stream()
                    .max(Comparator.<Map.Entry<UnscoredReason, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> -e.getKey().ordinal()))
                    .orElseThrow().getKey();
            return new Breakdown(policy.method(), items, 0, unscored, byCode, null, List.of(), List.of(),
                    Score.unscored(reason, "all " + unscored + " items are unscored"));
        }
        double base = base(policy.method(), scored);
        double result = base;
        List<String> vetoedBy = new ArrayList<>();
        for (ItemScore i : scored) {
            if (i.failed() && policy.veto().contains(i.id())) {
                vetoedBy.add(i.id());
            }
        }
        List<CapApplied> caps = new ArrayList<>();
        for (ItemScore i : scored) {
            Double cap = policy.caps().get(i.severity());
            if (i.failed() && cap != null) {
                caps.add(new CapApplied(i.id(), i.severity(), cap));
                result = Math.min(result, cap);
            }
        }
        if (!vetoedBy.isEmpty()) {
            result = 0;
        }
        return new Breakdown(policy.method(), items, scored.size(), unscored, byCode, base, caps, vetoedBy,
                Score.scored(result));
    }

    private static double base(AggregationMethod method, List<ItemScore> scored) {
        double sum = 0;
        double weights = 0;
        for (ItemScore i : scored) {
            double w = method == AggregationMethod.WEIGHTED_MEAN ? i.weight() : 1;
            sum += w * i.score().value();
            weights += w;
        }
        // Clamp guards against rounding drift just above 1 (weights are positive, credits in [0,1]).
        return Math.max(0, Math.min(1, sum / weights));
    }
}

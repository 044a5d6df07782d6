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
 * counted, and the result is then <em>partial</em> (a value from the judged items, with the most
 * frequent reason the others were not judged), unless an unjudged item is a veto item or has a capped
 * severity: the policy does not allow a score without it, so the result is unscored. When no item is
 * scored the result is unscored (never a silent 0 or 0.5). Ties between reasons are broken by
 * declaration order, so the choice is stable.
 */
public final class Aggregator {

    private Aggregator() {}

    public static Breakdown aggregate(AggregationPolicy policy, List<ItemScore> items) {
        List<ItemScore> scored =
                items.stream().filter(i -> i.score().isScored()).toList();
        Map<UnscoredReason, Integer> byReason = new EnumMap<>(UnscoredReason.class);
        items.stream()
                .filter(i -> !i.score().isScored())
                .forEach(i -> byReason.merge(i.score().reason(), 1, Integer::sum));
        Map<String, Integer> byCode = new LinkedHashMap<>();
        byReason.forEach((r, n) -> byCode.put(r.code(), n));
        int unscored = items.size() - scored.size();
        if (items.isEmpty()) {
            return new Breakdown(
                    policy.method(),
                    items,
                    0,
                    0,
                    byCode,
                    null,
                    List.of(),
                    List.of(),
                    Score.unscored(UnscoredReason.NO_ITEMS, "no checklist item applies to this sample"));
        }
        if (scored.isEmpty()) {
            return new Breakdown(
                    policy.method(),
                    items,
                    0,
                    unscored,
                    byCode,
                    null,
                    List.of(),
                    List.of(),
                    Score.unscored(mostFrequent(byReason), "all " + unscored + " items are unscored"));
        }
        List<ItemScore> decisive = items.stream()
                .filter(i -> !i.score().isScored())
                .filter(i -> policy.veto().contains(i.id()) || policy.caps().containsKey(i.severity()))
                .toList();
        if (!decisive.isEmpty()) {
            // A veto or capped item could have lowered the score to anything: a number from the others would lie.
            ItemScore first = decisive.get(0);
            return new Breakdown(
                    policy.method(),
                    items,
                    scored.size(),
                    unscored,
                    byCode,
                    null,
                    List.of(),
                    List.of(),
                    Score.unscored(
                            first.score().reason(),
                            "item '" + first.id() + "' could "
                                    + (policy.veto().contains(first.id()) ? "veto" : "cap")
                                    + " the score but was not judged"
                                    + (first.score().detail() == null
                                            ? ""
                                            : ": " + first.score().detail())));
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
        Score score = unscored == 0
                ? Score.scored(result)
                : Score.partial(
                        result,
                        mostFrequent(byReason),
                        unscored + " of " + items.size() + " items were not judged: " + unjudgedIds(items));
        return new Breakdown(policy.method(), items, scored.size(), unscored, byCode, base, caps, vetoedBy, score);
    }

    /** The most frequent reason, ties broken by declaration order so the choice is stable. */
    private static UnscoredReason mostFrequent(Map<UnscoredReason, Integer> byReason) {
        return byReason.entrySet().stream()
                .max(Comparator.<Map.Entry<UnscoredReason, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -e.getKey().ordinal()))
                .orElseThrow()
                .getKey();
    }

    private static String unjudgedIds(List<ItemScore> items) {
        List<String> ids = items.stream()
                .filter(i -> !i.score().isScored())
                .map(ItemScore::id)
                .toList();
        return ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + ", ...";
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

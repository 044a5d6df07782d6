package io.skillstudio.evaluator.aggregate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A package's declared aggregation: the base method, a cap per severity (a failed item of that
 * severity caps the final score, upstream's pointwise "critical failure caps the score" idea) and the
 * ids of veto items (a failed veto item makes the final score 0).
 */
public record AggregationPolicy(AggregationMethod method, Map<ItemSeverity, Double> caps, List<String> veto) {

    public static final AggregationPolicy DEFAULT =
            new AggregationPolicy(AggregationMethod.COUNT_RATIO, Map.of(), List.of());

    public AggregationPolicy {
        Objects.requireNonNull(method, "method");
        caps.values().forEach(c -> {
            if (c == null || !(c >= 0 && c <= 1)) {
                throw new IllegalArgumentException("a cap must be in [0,1], got " + c);
            }
        });
        EnumMap<ItemSeverity, Double> copy = new EnumMap<>(ItemSeverity.class);
        copy.putAll(caps);
        caps = Collections.unmodifiableMap(copy);
        veto = List.copyOf(veto);
    }
}

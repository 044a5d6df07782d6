package io.skillstudio.evaluator.checklist;

import io.skillstudio.evaluator.aggregate.AggregationPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed checklist: its items in file order and the aggregation policy that turns their results
 * into one score. {@code file} is the package-relative path ({@code ""} for an in-memory checklist).
 */
public record Checklist(String file, List<ChecklistItem> items, AggregationPolicy aggregation) {

    public static final Checklist EMPTY = new Checklist("", List.of(), AggregationPolicy.DEFAULT);

    public Checklist {
        Objects.requireNonNull(file, "file");
        items = List.copyOf(items);
        Objects.requireNonNull(aggregation, "aggregation");
    }

    /** This checklist with a sample's own items appended; the package's aggregation still applies. */
    public Checklist plus(List<ChecklistItem> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<ChecklistItem> all = new ArrayList<>(items);
        all.addAll(extra);
        return new Checklist(file, all, aggregation);
    }
}

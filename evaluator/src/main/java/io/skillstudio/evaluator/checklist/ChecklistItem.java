package io.skillstudio.evaluator.checklist;

import io.skillstudio.evaluator.aggregate.ItemSeverity;
import io.skillstudio.model.yaml.Positions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One declarative check. Either {@code verifier} names a registry id (with raw {@code params} still to be
 * bound), or the item asks the model judge ({@code judge} is true and {@code verifier} is empty).
 *
 * @param source where the item came from (a checklist file or {@code sample:<id>}), for traces
 * @param positions spans by key ({@code item}, {@code verifier}, {@code params.<name>}) for diagnostics
 */
public record ChecklistItem(
        String id,
        String description,
        ItemSeverity severity,
        double weight,
        Optional<String> verifier,
        Map<String, Object> params,
        boolean judge,
        String source,
        Map<String, Positions.Span> positions) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        description = description == null ? "" : description;
        Objects.requireNonNull(severity, "severity");
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight must be a positive number");
        }
        if (judge == verifier.isPresent()) {
            throw new IllegalArgumentException("an item is either a verifier item or a judge item");
        }
        // LinkedHashMap keeps the author's parameter order for traces; nulls are legal YAML values.
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        positions = Map.copyOf(positions);
    }

    /** Position of a part of the item, falling back to the item itself. */
    public Optional<Positions.Span> positionOf(String key) {
        return Optional.ofNullable(positions.getOrDefault(key, positions.get("item")));
    }
}

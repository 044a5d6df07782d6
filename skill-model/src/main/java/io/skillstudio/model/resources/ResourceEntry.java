package io.skillstudio.model.resources;

import io.skillstudio.model.yaml.Positions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resource of resources.yaml with every field of skillrm-format.md §2.2 typed. All keys, known or
 * not, stay in {@link #fields()} in file order, and values outside the known sets are kept as written.
 *
 * @param section {@code resources}, {@code runtime_resources}, or {@code ""} for the list shape
 * @param index position within its section, 0-based
 * @param positions where each key sits in the file, for diagnostics and structured edits
 */
public record ResourceEntry(
        String section,
        int index,
        Map<String, Object> fields,
        Positions.Span span,
        Map<String, Positions.Span> positions) {

    public ResourceEntry {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        positions = Map.copyOf(positions);
    }

    public Optional<String> id() {
        return string("id");
    }

    public Optional<String> type() {
        return string("type");
    }

    public Optional<String> implementationKind() {
        return string("implementation_kind");
    }

    public Optional<String> subtype() {
        return string("subtype");
    }

    public Optional<String> path() {
        return string("path");
    }

    public Optional<String> cost() {
        return string("cost");
    }

    public Optional<String> hardOrSoft() {
        return string("hard_or_soft");
    }

    public Optional<String> decisionImpact() {
        return string("decision_impact");
    }

    public Optional<String> leakageLevel() {
        return string("leakage_level");
    }

    public Optional<String> visibility() {
        return string("visibility");
    }

    public Optional<String> provenance() {
        return string("provenance");
    }

    public Optional<String> usageNote() {
        return string("usage_note");
    }

    public List<String> benchmarks() {
        return strings("benchmarks");
    }

    public List<String> appliesTo() {
        return strings("applies_to");
    }

    public List<String> failureModesMitigated() {
        return strings("failure_modes_mitigated");
    }

    public List<String> inputsRequired() {
        return strings("inputs_required");
    }

    public List<String> outputsProduced() {
        return strings("outputs_produced");
    }

    public List<String> allowedSetting() {
        return strings("allowed_setting");
    }

    public List<String> aliases() {
        return strings("aliases");
    }

    /** Keys outside §2.2, kept verbatim. */
    public Map<String, Object> unknownFields() {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (!KnownValues.FIELDS.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Position of a key, or of the entry when the key is absent. */
    public Positions.Span positionOf(String key) {
        return positions.getOrDefault(key, span);
    }

    public Optional<String> string(String key) {
        Object v = fields.get(key);
        if (v == null || v instanceof Map || v instanceof List) {
            return Optional.empty();
        }
        return Optional.of(String.valueOf(v));
    }

    /** A list field's string items; a scalar is read as a one-item list, other shapes as empty. */
    public List<String> strings(String key) {
        Object v = fields.get(key);
        if (v instanceof List<?> list) {
            return list.stream()
                    .filter(x -> x != null && !(x instanceof Map) && !(x instanceof List))
                    .map(String::valueOf)
                    .toList();
        }
        return v == null || v instanceof Map ? List.of() : List.of(String.valueOf(v));
    }
}

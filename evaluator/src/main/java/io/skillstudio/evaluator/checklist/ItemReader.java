package io.skillstudio.evaluator.checklist;

import io.skillstudio.evaluator.aggregate.ItemSeverity;
import io.skillstudio.evaluator.checklist.ChecklistProblem.Kind;
import io.skillstudio.model.yaml.Positions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads checklist items from plain values (YAML or JSON already parsed). Shared by checklist files
 * and by samples that carry their own {@code items}, so both follow one format.
 */
public final class ItemReader {

    /** Largest item weight: any number of such weights still sums to a finite total. */
    static final double MAX_WEIGHT = 1e6;

    private static final Set<String> KEYS =
            Set.of("id", "description", "severity", "weight", "verifier", "params", "judge");

    private ItemReader() {}

    /** Items read, plus the problems that made others unreadable. */
    public record Items(List<ChecklistItem> items, List<ChecklistProblem> problems) {}

    public static Items read(Object itemsValue, Locator locator, String source) {
        List<ChecklistItem> items = new ArrayList<>();
        List<ChecklistProblem> problems = new ArrayList<>();
        if (!(itemsValue instanceof List<?> list)) {
            problems.add(new ChecklistProblem(Kind.SYNTAX, locator.self(), "'items' must be a list of items"));
            return new Items(items, problems);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Locator at = locator.element(i);
            readOne(list.get(i), at, source, i, problems).ifPresent(item -> {
                if (!seen.add(item.id())) {
                    problems.add(new ChecklistProblem(
                            Kind.SYNTAX, at.child("id").self(), "duplicate item id '" + item.id() + "'"));
                } else {
                    items.add(item);
                }
            });
        }
        return new Items(items, problems);
    }

    private static Optional<ChecklistItem> readOne(
            Object value, Locator at, String source, int index, List<ChecklistProblem> problems) {
        if (!(value instanceof Map<?, ?> raw)) {
            problems.add(new ChecklistProblem(Kind.SYNTAX, at.self(), "item " + (index + 1) + " must be a mapping"));
            return Optional.empty();
        }
        int before = problems.size();
        raw.keySet().stream()
                .map(String::valueOf)
                .filter(k -> !KEYS.contains(k))
                .forEach(k -> problems.add(new ChecklistProblem(
                        Kind.SYNTAX, at.key(k), "unknown item key '" + k + "'; known: " + sortedKeys())));
        Object id = raw.get("id");
        if (!(id instanceof String s) || s.isBlank()) {
            problems.add(new ChecklistProblem(Kind.SYNTAX, at.self(), "item " + (index + 1) + " needs a string 'id'"));
        }
        ItemSeverity severity = ItemSeverity.MAJOR;
        if (raw.containsKey("severity")) {
            Optional<ItemSeverity> parsed = ItemSeverity.parse(String.valueOf(raw.get("severity")));
            if (parsed.isEmpty()) {
                problems.add(new ChecklistProblem(
                        Kind.SYNTAX,
                        at.child("severity").self(),
                        "severity must be critical, major or minor, got '" + raw.get("severity") + "'"));
            }
            severity = parsed.orElse(ItemSeverity.MAJOR);
        }
        double weight = 1;
        if (raw.containsKey("weight")) {
            Object w = raw.get("weight");
            // Capped, not only finite: two weights of 1e308 sum to infinity and the weighted mean to NaN.
            if (w instanceof Number n && n.doubleValue() > 0 && n.doubleValue() <= MAX_WEIGHT) {
                weight = n.doubleValue();
            } else {
                problems.add(new ChecklistProblem(
                        Kind.SYNTAX,
                        at.child("weight").self(),
                        "weight must be a positive number at most " + (long) MAX_WEIGHT + ", got '" + w + "'"));
            }
        }
        Object verifier = raw.get("verifier");
        Object judge = raw.get("judge");
        if (verifier != null && judge != null) {
            problems.add(
                    new ChecklistProblem(Kind.SYNTAX, at.key("judge"), "an item has 'verifier' or 'judge', not both"));
        } else if (verifier == null && judge == null) {
            problems.add(new ChecklistProblem(Kind.SYNTAX, at.self(), "item needs 'verifier: <id>' or 'judge: model'"));
        } else if (verifier != null && !(verifier instanceof String)) {
            problems.add(
                    new ChecklistProblem(Kind.SYNTAX, at.child("verifier").self(), "'verifier' must be a string id"));
        } else if (judge != null && !"model".equals(judge)) {
            problems.add(new ChecklistProblem(
                    Kind.SYNTAX, at.child("judge").self(), "'judge' must be 'model', got '" + judge + "'"));
        }
        Object params = raw.get("params");
        if (params != null && !(params instanceof Map)) {
            problems.add(new ChecklistProblem(Kind.SYNTAX, at.child("params").self(), "'params' must be a mapping"));
        }
        if (judge != null && params != null) {
            problems.add(new ChecklistProblem(Kind.SYNTAX, at.key("params"), "a judge item takes no 'params'"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Map<String, Object> typedParams = new LinkedHashMap<>();
        if (params instanceof Map<?, ?> m) {
            m.forEach((k, v) -> typedParams.put(String.valueOf(k), v));
        }
        return Optional.of(new ChecklistItem(
                (String) id,
                stringOrEmpty(raw.get("description")),
                severity,
                weight,
                Optional.ofNullable((String) verifier),
                typedParams,
                judge != null,
                source,
                positions(at, typedParams.keySet())));
    }

    private static Map<String, Positions.Span> positions(Locator at, Set<String> paramKeys) {
        Map<String, Positions.Span> out = new HashMap<>();
        at.self().ifPresent(s -> out.put("item", s));
        at.child("verifier").self().ifPresent(s -> out.put("verifier", s));
        at.key("params").ifPresent(s -> out.put("params", s));
        Locator params = at.child("params");
        for (String k : paramKeys) {
            params.key(k).ifPresent(s -> out.put("params." + k, s));
        }
        return out;
    }

    private static String stringOrEmpty(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    private static List<String> sortedKeys() {
        return KEYS.stream().sorted().toList();
    }
}

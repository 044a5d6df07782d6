package io.skillstudio.evaluator.checklist;

import io.skillstudio.evaluator.aggregate.AggregationPolicy;
import io.skillstudio.evaluator.checklist.ChecklistProblem.Kind;
import io.skillstudio.model.yaml.Positions;
import io.skillstudio.model.yaml.YamlParse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a checklist YAML file ({@code docs/checklist-format.md}); never throws on malformed text. */
public final class ChecklistParser {

    private static final Set<String> TOP_KEYS = Set.of("version", "id", "description", "items", "aggregation");

    private ChecklistParser() {}

    public static ChecklistParse parse(String text, String file) {
        YamlParse.Result yaml = YamlParse.parse(text);
        List<ChecklistProblem> problems = new ArrayList<>();
        if (!yaml.ok()) {
            YamlParse.YamlError e = yaml.error().orElseThrow();
            problems.add(new ChecklistProblem(
                    Kind.SYNTAX,
                    Optional.of(new Positions.Span(e.line(), e.column(), 0, 0)),
                    "invalid YAML: " + e.message()));
            return new ChecklistParse(new Checklist(file, List.of(), AggregationPolicy.DEFAULT), problems);
        }
        Locator root = Locator.yaml(yaml.node().orElse(null), text);
        if (!(yaml.value() instanceof Map<?, ?> top)) {
            problems.add(new ChecklistProblem(
                    Kind.SYNTAX, root.self(), "a checklist is a mapping with 'items' (and optionally 'aggregation')"));
            return new ChecklistParse(new Checklist(file, List.of(), AggregationPolicy.DEFAULT), problems);
        }
        top.keySet().stream()
                .map(String::valueOf)
                .filter(k -> !TOP_KEYS.contains(k))
                .forEach(k -> problems.add(new ChecklistProblem(
                        Kind.SYNTAX,
                        root.key(k),
                        "unknown checklist key '" + k + "'; known: "
                                + TOP_KEYS.stream().sorted().toList())));
        Object version = top.get("version");
        if (version != null && !Integer.valueOf(1).equals(version)) {
            problems.add(new ChecklistProblem(
                    Kind.SYNTAX,
                    root.child("version").self(),
                    "unsupported checklist version '" + version + "'; this studio reads version 1"));
        }
        ItemReader.Items items = top.containsKey("items")
                ? ItemReader.read(top.get("items"), root.child("items"), file)
                : new ItemReader.Items(
                        List.of(), List.of(new ChecklistProblem(Kind.SYNTAX, root.self(), "checklist has no 'items'")));
        problems.addAll(items.problems());
        Set<String> ids = allIds(top.get("items"));
        AggregationPolicy policy =
                AggregationReader.read(top.get("aggregation"), root.child("aggregation"), ids, problems);
        return new ChecklistParse(new Checklist(file, items.items(), policy), problems);
    }

    // Veto ids are checked against every declared id, even of malformed items, so one mistake is reported once.
    private static Set<String> allIds(Object items) {
        if (!(items instanceof List<?> list)) {
            return Set.of();
        }
        return list.stream()
                .filter(Map.class::isInstance)
                .map(m -> ((Map<?, ?>) m).get("id"))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .collect(Collectors.toSet());
    }
}

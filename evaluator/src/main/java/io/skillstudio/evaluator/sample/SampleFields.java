package io.skillstudio.evaluator.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.checklist.ChecklistItem;
import io.skillstudio.evaluator.checklist.ChecklistProblem;
import io.skillstudio.evaluator.checklist.ItemReader;
import io.skillstudio.evaluator.checklist.Locator;
import io.skillstudio.model.yaml.Positions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the top-level fields of one sample line into a {@link Sample}, rejecting wrong types. */
final class SampleFields {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SampleFields() {}

    record Field(JsonNode value, int column) {}

    /** A field with the wrong shape; {@code column} points at its key. */
    static final class BadField extends RuntimeException {
        private final int column;

        BadField(String message, int column) {
            super(message);
            this.column = column;
        }

        int column() {
            return column;
        }
    }

    static Sample toSample(Map<String, Field> f, int line) {
        Field idField = f.get("id");
        if (idField == null
                || !(idField.value().isTextual() || idField.value().isIntegralNumber())
                || idField.value().asText().isBlank()) {
            throw new BadField("a sample needs an 'id' (string or integer)", idField == null ? 1 : idField.column());
        }
        String id = idField.value().asText();
        if (f.containsKey("response") && f.containsKey("responses")) {
            throw new BadField(
                    "use 'response' or 'responses', not both",
                    f.get("responses").column());
        }
        List<String> responses = new ArrayList<>();
        text(f, "response").ifPresent(responses::add);
        Field rs = f.get("responses");
        if (rs != null && !rs.value().isNull()) {
            if (!rs.value().isArray()) {
                throw new BadField("'responses' must be a list of strings", rs.column());
            }
            for (JsonNode r : rs.value()) {
                if (!r.isTextual()) {
                    throw new BadField("'responses' must be a list of strings", rs.column());
                }
                responses.add(r.asText());
            }
        }
        return new Sample(
                id,
                line,
                text(f, "prompt").orElse(""),
                responses,
                reference(f.get("reference")),
                checklist(f, id),
                object(f, "metadata"),
                expected(f.get("expected")),
                text(f, "expected_skill"));
    }

    private static Optional<String> text(Map<String, Field> f, String key) {
        Field v = f.get(key);
        if (v == null || v.value().isNull()) {
            return Optional.empty();
        }
        if (!v.value().isTextual()) {
            throw new BadField("'" + key + "' must be a string", v.column());
        }
        return Optional.of(v.value().asText());
    }

    // Upstream's reference_or_ground_truth can be any JSON; verifiers see non-strings as JSON text.
    private static String reference(Field v) {
        if (v == null || v.value().isNull()) {
            return "";
        }
        return v.value().isTextual() ? v.value().asText() : v.value().toString();
    }

    private static Map<String, Object> object(Map<String, Field> f, String key) {
        Field v = f.get(key);
        if (v == null || v.value().isNull()) {
            return Map.of();
        }
        if (!v.value().isObject()) {
            throw new BadField("'" + key + "' must be an object", v.column());
        }
        return plainMap(v.value());
    }

    private static Optional<Expected> expected(Field v) {
        if (v == null || v.value().isNull()) {
            return Optional.empty();
        }
        if (!v.value().isNumber() && !v.value().isTextual()) {
            throw new BadField(
                    "'expected' must be a number (score or index) or a string (verdict or label)", v.column());
        }
        return Optional.of(new Expected(MAPPER.convertValue(v.value(), Object.class)));
    }

    /** The sample's items: {@code checklist} holds IFEval-style ids and kwargs, or checklist-format items. */
    private static List<ChecklistItem> checklist(Map<String, Field> f, String id) {
        String source = "sample:" + id;
        Field c = f.get("checklist");
        if (c == null || c.value().isNull()) {
            // IFEval's own input_data.jsonl puts the ids at the top level; read them the same way.
            if (f.containsKey("instruction_id_list")) {
                return IfevalItems.read(
                        plainMap(objectOf(f, "instruction_id_list", "kwargs")),
                        source,
                        f.get("instruction_id_list").column());
            }
            return List.of();
        }
        if (!c.value().isObject()) {
            throw new BadField("'checklist' must be an object with 'items' or 'instruction_id_list'", c.column());
        }
        Map<String, Object> raw = plainMap(c.value());
        if (raw.containsKey("items") && raw.containsKey("instruction_id_list")) {
            throw new BadField("'checklist' has 'items' or 'instruction_id_list', not both", c.column());
        }
        if (raw.containsKey("instruction_id_list")) {
            return IfevalItems.read(raw, source, c.column());
        }
        if (!raw.containsKey("items")) {
            throw new BadField("'checklist' must have 'items' or 'instruction_id_list'", c.column());
        }
        Locator at = Locator.fixed(new Positions.Span(1, c.column(), 0, 0));
        ItemReader.Items items = ItemReader.read(raw.get("items"), at, source);
        if (!items.problems().isEmpty()) {
            ChecklistProblem p = items.problems().get(0);
            throw new BadField("checklist: " + p.message(), c.column());
        }
        return items.items();
    }

    private static JsonNode objectOf(Map<String, Field> f, String... keys) {
        var node = MAPPER.createObjectNode();
        for (String k : keys) {
            if (f.containsKey(k)) {
                node.set(k, f.get(k).value());
            }
        }
        return node;
    }

    static Map<String, Object> plainMap(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class)));
        return out;
    }
}

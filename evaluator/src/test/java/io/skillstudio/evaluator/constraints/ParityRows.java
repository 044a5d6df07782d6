package io.skillstudio.evaluator.constraints;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the recorded constraint_tools calls: one row per call, numbered from 1 in file order. */
final class ParityRows {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    record Row(int id, String fn, JsonNode args, String text, JsonNode result, JsonNode raw) {
        boolean raised() {
            return raw.path("raised").asBoolean(false);
        }
    }

    private ParityRows() {}

    static List<Row> load(Path vectors, Path texts) throws IOException {
        Map<String, String> byKey = new HashMap<>();
        for (String line : Files.readAllLines(texts, StandardCharsets.US_ASCII)) {
            JsonNode n = JSON.readTree(line);
            byKey.put(n.get("text_key").asText(), n.get("text").asText());
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(vectors, StandardCharsets.US_ASCII)) {
            int id = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = JSON.readTree(line);
                id++;
                JsonNode key = n.get("text_key");
                String text = key.isNull() ? pyStr(n.get("args").get("text")) : byKey.get(key.asText());
                rows.add(new Row(id, n.get("fn").asText(), n.get("args"), text, n.get("result"), n));
            }
        }
        return rows;
    }

    /** Python {@code str()} of the non-string first arguments that the vectors use. */
    static String pyStr(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return null;
        }
        if (v.isNull()) {
            return "None";
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "True" : "False";
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.bigIntegerValue().toString() : Double.toString(v.asDouble());
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> parts.add(repr(e)));
            return "[" + String.join(", ", parts) + "]";
        }
        List<String> parts = new ArrayList<>();
        v.fields().forEachRemaining(e -> parts.add("'" + e.getKey() + "': " + repr(e.getValue())));
        return "{" + String.join(", ", parts) + "}";
    }

    private static String repr(JsonNode v) {
        return v.isTextual() ? "'" + v.asText() + "'" : pyStr(v);
    }
}

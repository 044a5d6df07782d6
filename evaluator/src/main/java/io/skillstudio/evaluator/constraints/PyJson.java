package io.skillstudio.evaluator.constraints;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code json.loads} validity with Jackson: Python accepts {@code NaN}, {@code Infinity},
 * {@code -Infinity} and integers of any size, and rejects trailing commas, trailing data, raw control
 * characters in strings and a leading BOM. Jackson's non-numeric option is wider than Python's (it
 * also takes {@code +Infinity} and {@code INF}), so those spellings are refused before parsing.
 */
final class PyJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        // Python has no nesting or number-length limit short of recursion depth; stay generous.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(100_000).maxNestingDepth(1_000).build());
    }

    private PyJson() {}

    /** {@code {"valid", "value", "error"}}; the value is a Jackson tree, {@link NullNode} when invalid. */
    record Parsed(boolean valid, JsonNode value, String error) {}

    static Parsed parse(String text) {
        String bad = pythonOnlyRejects(text);
        if (bad != null) {
            return new Parsed(false, NullNode.getInstance(), bad);
        }
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonNode node = MAPPER.readTree(p);
            if (node == null || node.isMissingNode()) {
                return new Parsed(false, NullNode.getInstance(), "Expecting value: line 1 column 1 (char 0)");
            }
            return new Parsed(true, node, "");
        } catch (JsonProcessingException e) {
            return new Parsed(false, NullNode.getInstance(), e.getOriginalMessage());
        } catch (java.io.IOException e) {
            return new Parsed(false, NullNode.getInstance(), String.valueOf(e.getMessage()));
        }
    }

    /** Token spellings Jackson accepts but Python's scanner does not, found outside strings. */
    private static String pythonOnlyRejects(String t) {
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            return "Unexpected UTF-8 BOM (decode using utf-8-sig)";
        }
        boolean inString = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '+' || (c == 'I' && t.startsWith("INF", i) && !t.startsWith("Infinity", i))) {
                return "Expecting value: char " + i;
            }
        }
        return null;
    }

    /** {@code {"valid_json", "missing", "present"}} for the top-level keys, in {@code keys} order. */
    record KeyCheck(boolean validJson, List<String> missing, List<String> present) {}

    static KeyCheck hasKeys(String text, List<String> keys) {
        Parsed parsed = parse(text);
        if (!parsed.valid() || !parsed.value().isObject()) {
            return new KeyCheck(parsed.valid(), List.copyOf(keys), List.of());
        }
        List<String> missing = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (String k : keys) {
            (parsed.value().has(k) ? present : missing).add(k);
        }
        return new KeyCheck(true, List.copyOf(missing), List.copyOf(present));
    }
}

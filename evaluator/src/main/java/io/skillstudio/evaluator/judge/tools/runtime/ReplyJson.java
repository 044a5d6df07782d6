package io.skillstudio.evaluator.judge.tools.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Upstream's {@code parse_first_json_object} for a model reply: a JSON object at the very start of the
 * trimmed text (trailing text allowed, as {@code raw_decode}), else the first fenced {@code ```json}
 * block holding an object, else nothing. Never throws: a reply is untrusted text.
 */
final class ReplyJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final Pattern FENCED = Pattern.compile("```(?:json)?\\s*(\\{.*?\\})\\s*```", Pattern.DOTALL);

    private ReplyJson() {}

    static Map<String, Object> firstObject(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return Map.of();
        }
        try (JsonParser p = MAPPER.createParser(stripped)) {
            Object v = MAPPER.readValue(p, Object.class);
            // raw_decode succeeded (whatever follows is ignored): an object or nothing, no fence fallback.
            return asMap(v);
        } catch (IOException e) {
            // not JSON at the start: try a fence
        }
        Matcher m = FENCED.matcher(stripped);
        if (m.find()) {
            try {
                return asMap(MAPPER.readValue(m.group(1), Object.class));
            } catch (JsonProcessingException e) {
                return Map.of();
            }
        }
        return Map.of();
    }

    private static Map<String, Object> asMap(Object v) {
        if (!(v instanceof Map<?, ?> m)) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, val) -> out.put(String.valueOf(k), val));
        return out;
    }
}

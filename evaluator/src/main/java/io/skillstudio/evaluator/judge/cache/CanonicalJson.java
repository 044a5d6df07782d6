package io.skillstudio.evaluator.judge.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.skillstudio.model.hash.Sha256;

/**
 * Canonical JSON (map keys sorted, no whitespace) and its sha256: equal inputs give equal keys
 * regardless of map insertion order.
 */
public final class CanonicalJson {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private CanonicalJson() {}

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serializable as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String sha256(Object value) {
        return Sha256.hex(write(value));
    }
}

package io.skillstudio.evaluator.judge.wholeskill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Upstream's {@code OPERATIONAL_METADATA_BLOCKED_KEYS} filter (skillrm-format.md §6.2): keys that could
 * leak the answer (labels, preferences, scores, generating models, orders) are removed, matched
 * case-insensitively at any depth; values left empty ({@code null}, {@code ""}, {@code []}, {@code {}})
 * are pruned.
 */
public final class MetadataSanitizer {
    /** The 37 keys, as upstream lists them. */
    public static final Set<String> BLOCKED = Set.of(
            "label",
            "labels",
            "gold",
            "gold_label",
            "winner",
            "preference",
            "preferred",
            "chosen",
            "rejected",
            "chosen_label",
            "rejected_label",
            "correct",
            "is_correct",
            "gt_is_chosen_correct",
            "score",
            "scores",
            "valid",
            "model",
            "models",
            "model_name",
            "model_names",
            "model_a",
            "model_b",
            "response_model",
            "response_models",
            "assistant_a_model",
            "assistant_b_model",
            "generator",
            "generators",
            "source_model",
            "source_models",
            "chosen_model",
            "rejected_model",
            "origin",
            "origins",
            "model_order",
            "response_order");

    private MetadataSanitizer() {}

    /** The value without blocked keys; empty when nothing is left. */
    public static Optional<Object> sanitize(Object value) {
        Object v = clean(value);
        return empty(v) ? Optional.empty() : Optional.of(v);
    }

    private static Object clean(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (!BLOCKED.contains(key.toLowerCase(Locale.ROOT))) {
                    Object c = clean(v);
                    if (!empty(c)) {
                        out.put(key, c);
                    }
                }
            });
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                Object c = clean(o);
                if (!empty(c)) {
                    out.add(c);
                }
            }
            return out;
        }
        return value;
    }

    private static boolean empty(Object v) {
        return v == null
                || (v instanceof String s && s.isEmpty())
                || (v instanceof Map<?, ?> m && m.isEmpty())
                || (v instanceof List<?> l && l.isEmpty());
    }
}

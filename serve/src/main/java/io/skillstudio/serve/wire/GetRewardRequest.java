package io.skillstudio.serve.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenRLHF's {@code POST /get_reward} body: index-aligned lists {@code query} (prompt + response as the
 * trainer decoded them), {@code prompts} and {@code labels}. Empty lists are a valid, empty request (a
 * trainer sharding one rollout across several servers sends them).
 */
public final class GetRewardRequest {

    private GetRewardRequest() {}

    /** @throws BadRequest when a list is missing, not a list of the right type, or the lengths differ */
    public static List<FormedItem> parse(JsonNode body, List<String> stripSuffixes) {
        JsonNode query = list(body, "query", true);
        JsonNode prompts = list(body, "prompts", true);
        JsonNode labels = list(body, "labels", false);
        int n = query.size();
        if (prompts.size() != n || (labels != null && labels.size() != n)) {
            throw new BadRequest("'query', 'prompts' and 'labels' must have the same length; got " + n + ", "
                    + prompts.size() + " and " + (labels == null ? "no labels" : labels.size()));
        }
        List<FormedItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String q = text(query.get(i), "query[" + i + "]");
            String p = text(prompts.get(i), "prompts[" + i + "]");
            items.add(SampleFormer.fromQuery(i, q, p, labels == null ? null : labels.get(i), stripSuffixes));
        }
        return items;
    }

    static JsonNode list(JsonNode body, String key, boolean required) {
        JsonNode v = body.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new BadRequest("missing '" + key + "': a list");
            }
            return null;
        }
        if (!v.isArray()) {
            throw new BadRequest("'" + key + "' must be a list, got "
                    + v.getNodeType().name().toLowerCase());
        }
        return v;
    }

    static String text(JsonNode v, String where) {
        if (v == null || !v.isTextual()) {
            throw new BadRequest("'" + where + "' must be a string");
        }
        return v.asText();
    }
}

package io.skillstudio.serve.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The full-result API's body ({@code POST /v1/rewards}): {@code samples}, each
 * {@code {"prompt", "response", "label"?}}, and {@code traces} (default false) to get the step-by-step traces.
 *
 * @param items the formed samples, in request order
 */
public record RewardsRequest(List<FormedItem> items, boolean traces) {

    public RewardsRequest {
        items = List.copyOf(items);
    }

    /** @throws BadRequest when the shape is wrong; a bad label only makes its item invalid_input */
    public static RewardsRequest parse(JsonNode body) {
        JsonNode samples = GetRewardRequest.list(body, "samples", true);
        JsonNode traces = body.get("traces");
        if (traces != null && !traces.isBoolean()) {
            throw new BadRequest("'traces' must be true or false");
        }
        List<FormedItem> items = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            JsonNode s = samples.get(i);
            if (!s.isObject()) {
                throw new BadRequest("'samples[" + i + "]' must be an object with 'prompt', 'response' and 'label'");
            }
            for (var it = s.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!k.equals("prompt") && !k.equals("response") && !k.equals("label")) {
                    throw new BadRequest("'samples[" + i + "]' has unknown key '" + k
                            + "'; sample fields such as checklist or reference go inside 'label'");
                }
            }
            String prompt = s.has("prompt") ? GetRewardRequest.text(s.get("prompt"), "samples[" + i + "].prompt") : "";
            String response = GetRewardRequest.text(s.get("response"), "samples[" + i + "].response");
            items.add(SampleFormer.of(i, prompt, response, s.get("label")));
        }
        return new RewardsRequest(items, traces != null && traces.booleanValue());
    }
}

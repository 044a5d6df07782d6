package io.skillstudio.serve.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.sample.SampleSet;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

/**
 * Forms a pointwise sample from a prompt, a response and a label ({@code docs/serve.md}, "Labels"). The
 * label is read as the fields of a sample line ({@code docs/samples-format.md}) without prompt and response,
 * so the server and {@code eval} share one parser: an object (or a string holding one) carries
 * {@code checklist}, {@code instruction_id_list}/{@code kwargs}, {@code reference}, {@code id},
 * {@code metadata}; any other string is the expected result ({@code reference}); null means none.
 */
public final class SampleFormer {

    /** Keys that come from the request itself, never from a label. */
    private static final Set<String> RESERVED = Set.of("prompt", "response", "responses");

    private SampleFormer() {}

    /**
     * The response is the query minus its prompt prefix, then minus any trailing {@code stripSuffixes}
     * (repeatedly: {@code "...<|im_end|><|endoftext|>"} loses both).
     */
    public static FormedItem fromQuery(
            int index, String query, String prompt, JsonNode label, List<String> stripSuffixes) {
        String fallbackId = "item-" + index;
        if (!query.startsWith(prompt)) {
            return FormedItem.invalid(
                    idOf(label, fallbackId),
                    "query does not start with its prompt (they differ at" + " character "
                            + firstDifference(query, prompt) + "); the response cannot be separated");
        }
        return of(index, prompt, stripSuffixes(query.substring(prompt.length()), stripSuffixes), label);
    }

    /** Forms a sample from a prompt, a response and a label; the id is the label's, else {@code item-INDEX}. */
    public static FormedItem of(int index, String prompt, String response, JsonNode label) {
        String fallbackId = "item-" + index;
        ObjectNode line;
        try {
            line = labelFields(label);
        } catch (IllegalArgumentException e) {
            return FormedItem.invalid(fallbackId, "label: " + e.getMessage());
        }
        for (String k : RESERVED) {
            if (line.has(k)) {
                return FormedItem.invalid(
                        idOf(line, fallbackId), "label: '" + k + "' comes from the request, not the label");
            }
        }
        if (!line.has("id")) {
            line.put("id", fallbackId);
        }
        line.put("prompt", prompt);
        line.put("response", response);
        try {
            SampleSet set = SampleReader.read("label", new StringReader(JsonBody.MAPPER.writeValueAsString(line)));
            if (!set.errors().isEmpty()) {
                return FormedItem.invalid(
                        idOf(line, fallbackId), "label: " + set.errors().get(0).message());
            }
            return FormedItem.of(set.samples().get(0));
        } catch (IOException e) {
            return FormedItem.invalid(idOf(line, fallbackId), "label: " + e.getMessage());
        }
    }

    private static ObjectNode labelFields(JsonNode label) {
        ObjectNode fields = JsonBody.MAPPER.createObjectNode();
        if (label == null || label.isNull() || label.isMissingNode()) {
            return fields;
        }
        if (label.isObject()) {
            return ((ObjectNode) label).deepCopy();
        }
        if (label.isTextual() && label.asText().stripLeading().startsWith("{")) {
            // Datasets often keep structured labels as JSON text; text that starts like an object must be one.
            try {
                JsonNode parsed = JsonBody.MAPPER.readTree(label.asText());
                if (parsed != null && parsed.isObject()) {
                    return (ObjectNode) parsed;
                }
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(
                        "text starting with '{' must be a JSON object: " + e.getOriginalMessage());
            }
        }
        // Anything else is the expected result; upstream's reference may be any JSON, verifiers see it as text.
        fields.put("reference", label.isTextual() ? label.asText() : label.toString());
        return fields;
    }

    private static String idOf(JsonNode label, String fallback) {
        JsonNode id = label == null ? null : label.get("id");
        return id != null
                        && (id.isTextual() || id.isIntegralNumber())
                        && !id.asText().isBlank()
                ? id.asText()
                : fallback;
    }

    static String stripSuffixes(String response, List<String> suffixes) {
        String out = response;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String s : suffixes) {
                if (!s.isEmpty() && out.endsWith(s)) {
                    out = out.substring(0, out.length() - s.length());
                    stripped = true;
                }
            }
        }
        return out;
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }
}

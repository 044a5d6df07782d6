package io.skillstudio.evaluator.ifeval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.verify.ParamBinding;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * IFEval kwargs used as regexes (keywords, forbidden words, postscript markers, section splitters) on
 * non-ASCII text, against CPython's answers: Unicode {@code \w \d \b}, case-insensitive Cyrillic, Greek
 * and accented letters, named groups, and the patterns CPython rejects. The vectors come from
 * {@code gen_nonascii_kwargs.py} beside them (how to regenerate is in its docstring).
 */
class NonAsciiKwargsParityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final VerifierRegistry REGISTRY = VerifierRegistry.standard();

    @Test
    void kwargRegexesFollowPythonOnNonAsciiText() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        int rejected = 0;
        for (JsonNode row : rows()) {
            Verifier v = REGISTRY.find(row.get("id").asText()).orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> kwargs = JSON.convertValue(row.get("kwargs"), Map.class);
            ParamBinding b = v.bind(kwargs);
            String what = row.get("id").asText() + " " + kwargs;
            if (row.has("python_error")) {
                rejected++;
                if (b.ok()) {
                    disagreements.add(what + ": Python rejects the pattern ("
                            + row.get("python_error").asText() + ") but it was accepted");
                }
                continue;
            }
            compared++;
            if (!b.ok()) {
                disagreements.add(what + ": rejected " + b.problems());
                continue;
            }
            boolean expected = row.get("followed").asBoolean();
            boolean actual = v.verify(VerifierInput.ofResponse(row.get("text").asText()), b.params())
                    .passed();
            if (actual != expected) {
                disagreements.add(what + ": expected " + expected + " on "
                        + row.get("text").asText());
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(85);
        assertThat(rejected).isGreaterThanOrEqualTo(5);
        assertThat(disagreements).as(String.join("\n", disagreements)).isEmpty();
    }

    private static List<JsonNode> rows() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = NonAsciiKwargsParityTest.class.getResourceAsStream("nonascii-kwargs-vectors.jsonl");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}

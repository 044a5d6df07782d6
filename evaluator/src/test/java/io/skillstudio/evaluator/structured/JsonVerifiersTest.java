package io.skillstudio.evaluator.structured;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.verify.Outcome;
import io.skillstudio.evaluator.verify.ParamBinding;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class JsonVerifiersTest {

    static final String SCHEMA = """
            {"type":"object","required":["name","email","age"],
             "properties":{"name":{"type":"string","minLength":1},"email":{"type":"string","format":"email"},
                           "age":{"type":"integer","minimum":0}},
             "additionalProperties":false}""";

    private static VerifierResult run(String id, Map<String, ?> params, String response) {
        Verifier v = VerifierRegistry.standard().find(id).orElseThrow();
        ParamBinding b = v.bind(params);
        assertThat(b.problems()).isEmpty();
        return v.verify(VerifierInput.ofResponse(response), b.params());
    }

    @Test
    void validFindsTheDocumentWholeFencedOrEmbedded() {
        assertThat(run("json.valid", Map.of(), " {\"a\": 1} ").passed()).isTrue();
        VerifierResult fenced = run("json.valid", Map.of(), "Here you go:\n```json\n[1, 2]\n```\nDone.");
        assertThat(fenced.passed()).isTrue();
        assertThat(fenced.explanation()).contains("array", "```json block");
        assertThat(run("json.valid", Map.of(), "The result is {\"ok\": true} as asked.")
                        .explanation())
                .contains("first balanced object");
        assertThat(run("json.valid", Map.of("extract", "whole"), "The result is {\"ok\": true}")
                        .passed())
                .isFalse();
    }

    @Test
    void duplicateKeysAndBrokenDocumentsAreInvalidWithTheParsersPosition() {
        VerifierResult dup = run("json.valid", Map.of(), "{\"a\": 1, \"a\": 2}");
        assertThat(dup.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(dup.explanation()).contains("Duplicate field 'a'");
        VerifierResult broken = run("json.valid", Map.of("extract", "whole"), "{\"a\": }");
        assertThat(broken.explanation()).contains("not JSON at line 1");
        assertThat(broken.evidence())
                .singleElement()
                .satisfies(s -> assertThat(s.end()).isEqualTo(7));
    }

    @Test
    void schemaChecksTypesRequiredKeysAndFormats() {
        Map<String, Object> p = Map.of("schema", SCHEMA);
        assertThat(run("json.schema", p, "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"age\":36}")
                        .passed())
                .isTrue();

        VerifierResult bad = run("json.schema", p, "{\"name\":\"\",\"email\":\"not-an-email\",\"age\":-1,\"x\":0}");
        assertThat(bad.passed()).isFalse();
        assertThat((Integer) bad.details().get("error_count")).isEqualTo(4);
        assertThat(bad.explanation()).contains("email", "minimum", "x");

        assertThat(run("json.schema", p, "{\"name\":\"Ada\"}").explanation()).contains("required");
    }

    @Test
    void aSchemaGivenAsAnObjectWorksAndABrokenSchemaIsABindProblem() {
        Map<String, Object> schema = Map.of("type", "array", "items", Map.of("type", "number"));
        assertThat(run("json.schema", Map.of("schema", schema), "[1, 2.5]").passed())
                .isTrue();
        assertThat(run("json.schema", Map.of("schema", schema), "[1, \"two\"]").passed())
                .isFalse();

        Verifier v = VerifierRegistry.standard().find("json.schema").orElseThrow();
        assertThat(v.bind(Map.of("schema", "{not json")).problems())
                .singleElement()
                .satisfies(pr -> assertThat(pr.message()).startsWith("not a usable JSON Schema"));
    }

    @Test
    void aRemoteRefIsNeverFetched() {
        Map<String, Object> p = Map.of("schema", "{\"$ref\": \"http://127.0.0.1:9/never.json\"}");
        Verifier v = VerifierRegistry.standard().find("json.schema").orElseThrow();
        ParamBinding b = v.bind(p);
        // either refused when bound, or a failure when run; never a network call that passes
        if (b.problems().isEmpty()) {
            assertThat(Assertions.catchThrowable(() -> v.verify(VerifierInput.ofResponse("{}"), b.params())))
                    .isNotNull();
        } else {
            assertThat(b.problems()).isNotEmpty();
        }
    }

    @Test
    void requiredKeysAtAPointer() {
        String doc = "{\"user\": {\"id\": 7, \"name\": \"x\"}, \"items\": []}";
        VerifierResult ok = run("json.required_keys", Map.of("keys", List.of("id", "name"), "at", "/user"), doc);
        assertThat(ok.passed()).isTrue();
        VerifierResult missing = run("json.required_keys", Map.of("keys", List.of("id", "email"), "at", "/user"), doc);
        assertThat(missing.details().get("missing")).isEqualTo(List.of("email"));
        assertThat(run("json.required_keys", Map.of("keys", List.of("id"), "at", "/items"), doc)
                        .explanation())
                .isEqualTo("no object at '/items'");
        Verifier v = VerifierRegistry.standard().find("json.required_keys").orElseThrow();
        assertThat(v.bind(Map.of("keys", List.of("a"), "at", "user")).problems())
                .isNotEmpty();
    }
}

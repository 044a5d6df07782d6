package io.skillstudio.serve.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.skillstudio.evaluator.sample.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a prompt, a response and a label become a sample (docs/serve.md, "Labels"). */
class SampleFormerTest {

    private static JsonNode json(String text) throws Exception {
        return JsonBody.MAPPER.readTree(text);
    }

    private static Sample sample(FormedItem f) {
        assertThat(f.problem()).isNull();
        return f.sample().orElseThrow();
    }

    @Test
    void theResponseIsTheQueryWithoutItsPromptPrefix() {
        Sample s = sample(SampleFormer.fromQuery(3, "<user>Hi</user>Hello!", "<user>Hi</user>", null, List.of()));
        assertThat(s.prompt()).isEqualTo("<user>Hi</user>");
        assertThat(s.responses()).containsExactly("Hello!");
        assertThat(s.id()).isEqualTo("item-3");
        assertThat(s.items()).isEmpty();
        assertThat(s.reference()).isEmpty();
    }

    @Test
    void aQueryNotStartingWithItsPromptIsInvalidWithThePosition() {
        FormedItem f = SampleFormer.fromQuery(0, "abXd", "abc", null, List.of());
        assertThat(f.sample()).isEmpty();
        assertThat(f.problem()).contains("does not start with its prompt").contains("character 2");
    }

    @Test
    void trailingSuffixesAreStrippedRepeatedlyButOnlyAtTheEnd() {
        assertThat(SampleFormer.stripSuffixes("a<e>b<e><p><p>", List.of("<e>", "<p>")))
                .isEqualTo("a<e>b");
        assertThat(SampleFormer.stripSuffixes("abc", List.of(""))).isEqualTo("abc");
    }

    @Test
    void anObjectLabelCarriesTheSampleChecklist() throws Exception {
        JsonNode label = json("{\"id\": \"s9\", \"checklist\": {\"instruction_id_list\": [\"punctuation:no_comma\"],"
                + " \"kwargs\": [{}]}, \"reference\": \"r\"}");
        Sample s = sample(SampleFormer.of(0, "p", "no commas here", label));
        assertThat(s.id()).isEqualTo("s9");
        assertThat(s.items()).hasSize(1);
        assertThat(s.items().get(0).verifier()).contains("punctuation:no_comma");
        assertThat(s.reference()).isEqualTo("r");
    }

    @Test
    void ifevalTopLevelIdsWorkAsInInputData() throws Exception {
        Sample s = sample(SampleFormer.of(
                0, "p", "r", json("{\"instruction_id_list\": [\"punctuation:no_comma\"]," + " \"kwargs\": [{}]}")));
        assertThat(s.items()).hasSize(1);
    }

    @Test
    void aStringHoldingAJsonObjectIsReadAsThatObject() {
        Sample s = sample(SampleFormer.of(
                0,
                "p",
                "r",
                TextNode.valueOf(
                        "  {\"checklist\": {\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}}")));
        assertThat(s.items()).hasSize(1);
    }

    @Test
    void anyOtherStringIsTheExpectedResult() {
        Sample s = sample(SampleFormer.of(0, "p", "r", TextNode.valueOf("42")));
        assertThat(s.reference()).isEqualTo("42");
        assertThat(s.items()).isEmpty();
    }

    @Test
    void otherJsonBecomesTheReferenceAsJsonText() throws Exception {
        assertThat(sample(SampleFormer.of(0, "p", "r", json("[1, 2]"))).reference())
                .isEqualTo("[1,2]");
        assertThat(sample(SampleFormer.of(0, "p", "r", json("7"))).reference()).isEqualTo("7");
        assertThat(sample(SampleFormer.of(0, "p", "r", NullNode.getInstance())).reference())
                .isEmpty();
    }

    @Test
    void badLabelsMakeTheItemInvalidWithTheReason() throws Exception {
        assertThat(SampleFormer.of(0, "p", "r", TextNode.valueOf("{not json")).problem())
                .startsWith("label: text starting with '{' must be a JSON object");
        assertThat(SampleFormer.of(0, "p", "r", json("{\"response\": \"other\"}"))
                        .problem())
                .isEqualTo("label: 'response' comes from the request, not the label");
        assertThat(SampleFormer.of(0, "p", "r", json("{\"checklist\": 5}")).problem())
                .contains("'checklist' must be an object");
        FormedItem f = SampleFormer.of(4, "p", "r", json("{\"id\": \"x1\", \"metadata\": []}"));
        assertThat(f.id()).isEqualTo("x1");
        assertThat(f.problem()).contains("'metadata' must be an object");
    }
}

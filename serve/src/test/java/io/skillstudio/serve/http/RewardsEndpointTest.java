package io.skillstudio.serve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillstudio.serve.testsupport.Http;
import io.skillstudio.serve.testsupport.SampleSkill;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /v1/rewards}: full results with status, reason codes, provenance and optional traces. */
class RewardsEndpointTest {

    private static RewardServer server;
    private static String url;

    @BeforeAll
    static void start() {
        server = SampleSkill.start(SampleSkill.config());
        url = SampleSkill.url(server, "/v1/rewards");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void fullResultsCarryStatusScoresAndProvenanceForEverySample() {
        List<SampleSkill.Item> items = SampleSkill.items();
        List<Object> samples = new ArrayList<>();
        items.forEach(i -> samples.add(Map.of("prompt", i.prompt(), "response", i.response(), "label", i.label())));
        JsonNode json = Http.postJson(url, Map.of("samples", samples)).json();
        assertThat(json.get("results")).hasSize(items.size());
        assertThat(json.has("traces")).isFalse();
        for (int i = 0; i < items.size(); i++) {
            JsonNode r = json.get("results").get(i);
            assertThat(r.get("sampleId").asText()).isEqualTo(items.get(i).id());
            // the position in the request, not the line of the one-line sample the label was parsed as
            assertThat(r.get("index").asInt()).isEqualTo(i);
            assertThat(r.has("line")).isFalse();
            // task_intent needs the model judge, which this server has not: the value comes from the other
            // items and the result says so, never a made-up verdict for the unjudged item.
            assertThat(r.get("decision").get("status").asText()).isEqualTo("partial");
            assertThat(r.get("decision").get("reason").asText()).isEqualTo("judge_unavailable");
            assertThat(r.get("decision").get("score").asDouble())
                    .isCloseTo(items.get(i).expected(), within(1e-4));
            JsonNode prov = r.get("provenance");
            assertThat(prov.get("skillName").asText()).isEqualTo("if-checklist-pointwise");
            assertThat(prov.get("skillVersion").asText()).isEqualTo("1.0.0");
            assertThat(prov.get("contentHash").asText())
                    .isEqualTo(server.skill().contentHash());
            assertThat(prov.get("mode").asText()).isEqualTo("pointwise");
            assertThat(prov.get("checklist").asText()).isEqualTo("if.pointwise_checklist");
        }
        assertThat(json.get("counts").get("partial").asInt()).isEqualTo(items.size());
        assertThat(json.get("counts")
                        .get("partialByReason")
                        .get("judge_unavailable")
                        .asInt())
                .isEqualTo(items.size());
        assertThat(json.get("counts").get("scored").asInt()).isZero();
        assertThat(json.get("counts").get("unscored").asInt()).isZero();
    }

    @Test
    void unscoredItemsCarryTheirReasonAndTracesComeWhenAsked() {
        String body = "{\"traces\": true, \"samples\": [{\"prompt\": \"p\", \"response\": \"fine\"},"
                + " {\"prompt\": \"p\", \"response\": \"x\", \"label\": \"{broken\"}]}";
        JsonNode json = Http.post(url, body).json();
        JsonNode bad = json.get("results").get(1);
        assertThat(bad.get("sampleId").asText()).isEqualTo("item-1");
        assertThat(bad.get("index").asInt()).isEqualTo(1);
        assertThat(bad.has("line")).isFalse();
        assertThat(json.get("results").get(0).get("index").asInt()).isZero();
        assertThat(bad.get("decision").get("status").asText()).isEqualTo("unscored");
        assertThat(bad.get("decision").get("reason").asText()).isEqualTo("invalid_input");
        assertThat(bad.get("decision").get("detail").asText()).startsWith("label:");
        assertThat(bad.get("provenance").get("contentHash").asText())
                .isEqualTo(server.skill().contentHash());
        assertThat(json.get("counts")
                        .get("unscoredByReason")
                        .get("invalid_input")
                        .asInt())
                .isEqualTo(1);
        assertThat(json.get("traces")).hasSize(2);
        assertThat(json.get("traces").get(0).get("events").toString())
                .contains("verifier_run")
                .contains("final_result");
        assertThat(json.get("traces").get(1).get("events").toString()).contains("\"reason\":\"invalid_input\"");
    }

    @Test
    void wrongShapesAre400() {
        assertThat(Http.post(url, "{\"samples\": [{\"prompt\": \"p\"}]}")
                        .json()
                        .get("error")
                        .asText())
                .contains("'samples[0].response' must be a string");
        assertThat(Http.post(url, "{\"samples\": [{\"response\": \"r\", \"checklist\": {}}]}")
                        .json()
                        .get("error")
                        .asText())
                .contains("unknown key 'checklist'");
        assertThat(Http.post(url, "{\"samples\": [], \"traces\": \"yes\"}").status())
                .isEqualTo(400);
        assertThat(Http.post(url, "{\"samples\": []}").json().get("results")).isEmpty();
    }
}

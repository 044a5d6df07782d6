package io.skillstudio.serve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillstudio.serve.testsupport.Http;
import io.skillstudio.serve.testsupport.SampleSkill;
import io.skillstudio.serve.wire.UnscoredPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OpenRLHF's {@code /get_reward} on a live server with the shipped sample skill, one-item and batch. */
class GetRewardEndpointTest {

    private static RewardServer server;
    private static String url;

    @BeforeAll
    static void start() {
        server = SampleSkill.start(SampleSkill.config());
        url = SampleSkill.url(server, "/get_reward");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The body OpenRLHF's SingleTurnAgentExecutor posts: three index-aligned lists, here of one item. */
    static Map<String, Object> openRlhfBody(List<String> queries, List<String> prompts, List<Object> labels) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", queries);
        body.put("prompts", prompts);
        body.put("labels", labels);
        return body;
    }

    @Test
    void oneItemRequestsScoreEverySampleAsItsExpectedResultSays() {
        for (SampleSkill.Item item : SampleSkill.items()) {
            Http.Reply r = Http.postJson(
                    url,
                    openRlhfBody(
                            List.of(item.prompt() + item.response()), List.of(item.prompt()), List.of(item.label())));
            assertThat(r.status()).as(item.id()).isEqualTo(200);
            JsonNode json = r.json();
            assertThat(json.get("rewards")).hasSize(1);
            assertThat(json.get("rewards").get(0).asDouble()).as(item.id()).isCloseTo(item.expected(), within(1e-4));
            assertThat(json.get("scores").get(0).asDouble())
                    .isEqualTo(json.get("rewards").get(0).asDouble());
            // without a judge, task_intent is unjudged: a partial value, flagged, and not counted as unscored
            assertThat(json.get("extra_logs").get("unscored").get(0).asInt()).isZero();
            assertThat(json.get("extra_logs").get("partial").get(0).asInt()).isEqualTo(1);
            assertThat(json.get("extra_logs").get("scored").get(0).asInt()).isZero();
            // only the reasons that occur get a per-reason list; here none does
            assertThat(json.get("extra_logs").has("unscored_judge_unavailable")).isFalse();
            assertThat(fieldNames(json.get("extra_logs"))).containsExactly("scored", "partial", "unscored");
        }
    }

    @Test
    void aBatchAnswersIndexAlignedWithTheSameValuesAsOneByOne() {
        List<SampleSkill.Item> items = SampleSkill.items();
        List<String> q = new ArrayList<>();
        List<String> p = new ArrayList<>();
        List<Object> l = new ArrayList<>();
        items.forEach(i -> {
            q.add(i.prompt() + i.response());
            p.add(i.prompt());
            l.add(i.label());
        });
        JsonNode json = Http.postJson(url, openRlhfBody(q, p, l)).json();
        assertThat(json.get("rewards")).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(json.get("rewards").get(i).asDouble())
                    .as(items.get(i).id())
                    .isCloseTo(items.get(i).expected(), within(1e-4));
        }
        assertThat(json.get("extra_logs").get("unscored")).hasSize(items.size());
        assertThat(json.get("extra_logs").has("unscored_invalid_input")).isFalse();
    }

    @Test
    void emptyListsGiveEmptyOutputs() {
        Http.Reply r = Http.post(url, "{\"query\": [], \"prompts\": [], \"labels\": []}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("rewards")).isEmpty();
        assertThat(r.json().get("scores")).isEmpty();
        assertThat(r.json().get("extra_logs").get("unscored")).isEmpty();
    }

    @Test
    void everyResponseNamesTheSkillVersionAndContentHash() {
        Http.Reply r = Http.post(url, "{\"query\": [], \"prompts\": [], \"labels\": []}");
        String hash = server.skill().contentHash();
        assertThat(r.header("X-Skill-Content-Hash")).isEqualTo(hash);
        assertThat(r.header("X-Skill-Version")).isEqualTo("1.0.0");
        assertThat(r.json().get("skill").get("contentHash").asText()).isEqualTo(hash);
        assertThat(r.json().get("skill").get("name").asText()).isEqualTo("if-checklist-pointwise");
        Http.Reply bad = Http.post(url, "{");
        assertThat(bad.header("X-Skill-Content-Hash")).isEqualTo(hash);
        assertThat(bad.json().get("skill").get("version").asText()).isEqualTo("1.0.0");
    }

    @Test
    void malformedJsonIs400WithAPositionedMessage() {
        Http.Reply r = Http.post(url, "{\"query\": [\"a\"], \"prompts\": [");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).startsWith("malformed JSON at line 1, column");
    }

    @Test
    void misalignedListsAre400NamingTheLengths() {
        Http.Reply r = Http.post(url, "{\"query\": [\"ab\", \"cd\"], \"prompts\": [\"a\"], \"labels\": [null, null]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains("same length").contains("2, 1 and 2");
    }

    @Test
    void wrongShapesAre400() {
        assertThat(Http.post(url, "[1, 2]").json().get("error").asText()).contains("must be a JSON object");
        assertThat(Http.post(url, "{\"prompts\": []}").json().get("error").asText())
                .contains("missing 'query'");
        assertThat(Http.post(url, "{\"query\": \"x\", \"prompts\": []}").status())
                .isEqualTo(400);
        Http.Reply r = Http.post(url, "{\"query\": [1], \"prompts\": [\"\"], \"labels\": [null]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains("'query[0]' must be a string");
        assertThat(Http.post(url, "{\"query\": [], \"query\": [], \"prompts\": []}")
                        .json()
                        .get("error")
                        .asText())
                .contains("Duplicate field 'query'");
        assertThat(Http.post(url, "").status()).isEqualTo(400);
        String deep = "{\"query\": [], \"prompts\": [], \"labels\": " + "[".repeat(3000) + "]".repeat(3000) + "}";
        assertThat(Http.post(url, deep).json().get("error").asText())
                .startsWith("malformed JSON: Document nesting depth");
        assertThat(Http.post(url, "{\"query\": [], \"prompts\": []} []")
                        .json()
                        .get("error")
                        .asText())
                .startsWith("malformed JSON at line 1, column ")
                .endsWith(": unexpected content after the JSON object");
    }

    @Test
    void aQueryThatDoesNotStartWithItsPromptIsAnUnscoredInvalidInputItemNotA400() {
        Http.Reply r = Http.post(
                url,
                "{\"query\": [\"Hello there\", \"Q: hi A: fine\"], \"prompts\": [\"Q: other\","
                        + " \"Q: hi\"], \"labels\": [null, null]}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.get("rewards").get(0).isNull()).isTrue();
        assertThat(json.get("rewards").get(1).isNumber()).isTrue();
        assertThat(json.get("extra_logs").get("unscored_invalid_input")).hasSize(2);
        assertThat(json.get("extra_logs").get("unscored_invalid_input").get(0).asInt())
                .isEqualTo(1);
        assertThat(json.get("extra_logs").get("unscored_invalid_input").get(1).asInt())
                .isZero();
        assertThat(json.get("extra_logs").get("unscored").get(1).asInt()).isZero();
        assertThat(fieldNames(json.get("extra_logs")))
                .containsExactly("scored", "partial", "unscored", "unscored_invalid_input");
        assertThat(json.get("unscored_policy").asText()).isEqualTo("skip");
    }

    @Test
    void healthNamesTheSkillAndTheEvaluatorVersion() {
        JsonNode h = Http.get(SampleSkill.url(server, "/health")).json();
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("skill").get("name").asText()).isEqualTo("if-checklist-pointwise");
        assertThat(h.get("skill").get("version").asText()).isEqualTo("1.0.0");
        assertThat(h.get("skill").get("contentHash").asText())
                .isEqualTo(server.skill().contentHash())
                .hasSize(64);
        assertThat(h.get("skill").get("evaluatorVersion").asText()).isNotBlank();
        assertThat(h.get("unscoredPolicy").asText()).isEqualTo("skip");
    }

    @Test
    void metricsAreInThePrometheusTextFormat() {
        Http.post(
                url,
                "{\"query\": [\"Q: hi A: fine\", \"x\"], \"prompts\": [\"Q: hi\", \"y\"], \"labels\": [null, null]}");
        Http.post(url, "{");
        Http.Reply m = Http.get(SampleSkill.url(server, "/metrics"));
        assertThat(m.status()).isEqualTo(200);
        assertThat(m.header("Content-Type")).startsWith("text/plain");
        assertThat(m.header("X-Skill-Content-Hash")).isEqualTo(server.skill().contentHash());
        assertThat(Http.get(SampleSkill.url(server, "/no/such/path")).header("X-Skill-Version"))
                .isEqualTo("1.0.0");
        assertThat(m.body())
                .contains("# TYPE skillstudio_requests_total counter")
                .contains("skillstudio_requests_total{endpoint=\"/get_reward\",status=\"200\"}")
                .contains("skillstudio_requests_total{endpoint=\"/get_reward\",status=\"400\"}")
                .contains("skillstudio_rewards_total{status=\"partial\"}")
                .contains("skillstudio_partial_total{reason=\"judge_unavailable\"}")
                .contains("skillstudio_unscored_total{reason=\"invalid_input\"}")
                .contains("skillstudio_request_latency_seconds_bucket{endpoint=\"/get_reward\",le=")
                .contains("skillstudio_requests_inflight");
    }

    @Test
    void unscoredAsAValueSendsThatValueAndStillCountsTheItem() {
        try (RewardServer s = SampleSkill.start(SampleSkill.config().withPolicy(UnscoredPolicy.parse("-1")))) {
            JsonNode json = Http.post(
                            SampleSkill.url(s, "/get_reward"),
                            "{\"query\": [\"nope\"], \"prompts\": [\"Q\"], \"labels\": [null]}")
                    .json();
            assertThat(json.get("rewards").get(0).asDouble()).isEqualTo(-1.0);
            assertThat(json.get("scores").get(0).asDouble()).isEqualTo(-1.0);
            assertThat(json.get("extra_logs").get("unscored").get(0).asInt()).isEqualTo(1);
            assertThat(json.get("unscored_policy").asText()).isEqualTo("-1.0");
        }
    }

    @Test
    void unscoredAsErrorFailsTheRequestWith422NamingEachItem() {
        try (RewardServer s = SampleSkill.start(SampleSkill.config().withPolicy(UnscoredPolicy.parse("error")))) {
            Http.Reply r = Http.post(
                    SampleSkill.url(s, "/get_reward"),
                    "{\"query\": [\"Q: hi A: fine\", \"nope\"], \"prompts\": [\"Q: hi\", \"Q\"], \"labels\": [null, null]}");
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.json().get("unscored")).hasSize(1);
            assertThat(r.json().get("unscored").get(0).get("index").asInt()).isEqualTo(1);
            assertThat(r.json().get("unscored").get(0).get("reason").asText()).isEqualTo("invalid_input");
            assertThat(r.json().get("skill").get("contentHash").asText())
                    .isEqualTo(s.skill().contentHash());
            Http.Reply ok = Http.post(
                    SampleSkill.url(s, "/get_reward"),
                    "{\"query\": [\"Q: hi A: fine\"], \"prompts\": [\"Q: hi\"], \"labels\": [null]}");
            assertThat(ok.status()).isEqualTo(200);
        }
    }

    @Test
    void aBodyOverTheLimitIs413() {
        try (RewardServer s = SampleSkill.start(SampleSkill.config().withMaxBody(100))) {
            String big = "{\"query\": [\"" + "x".repeat(200) + "\"], \"prompts\": [\"\"], \"labels\": [null]}";
            Http.Reply r = Http.post(SampleSkill.url(s, "/get_reward"), big);
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.json().get("error").asText()).contains("limit of 100 bytes");
            Http.Reply small = Http.post(SampleSkill.url(s, "/get_reward"), "{\"query\": [], \"prompts\": []}");
            assertThat(small.status()).isEqualTo(200);
        }
    }

    @Test
    void stripSuffixesRemovesTrailingSpecialTokensTheTrainerKept() {
        SampleSkill.Item s01 = SampleSkill.items().get(0);
        String query = s01.prompt() + s01.response() + "<|im_end|><|endoftext|>";
        Map<String, Object> body = openRlhfBody(List.of(query), List.of(s01.prompt()), List.of(s01.label()));
        JsonNode plain = Http.postJson(url, body).json();
        assertThat(plain.get("rewards").get(0).asDouble()).isLessThan(s01.expected());
        try (RewardServer s =
                SampleSkill.start(SampleSkill.config().withStripSuffixes(List.of("<|im_end|>", "<|endoftext|>")))) {
            JsonNode stripped =
                    Http.postJson(SampleSkill.url(s, "/get_reward"), body).json();
            assertThat(stripped.get("rewards").get(0).asDouble()).isCloseTo(s01.expected(), within(1e-4));
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}

package io.skillstudio.serve.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillstudio.serve.testsupport.Http;
import io.skillstudio.serve.testsupport.SampleSkill;
import io.skillstudio.serve.wire.PartialPolicy;
import io.skillstudio.serve.wire.UnscoredPolicy;
import org.junit.jupiter.api.Test;

/**
 * {@code --partial-as}: without a judge every sample of the shipped skill is partial (its task_intent item
 * stays unjudged), so the policy decides what {@code /get_reward} sends for it.
 */
class PartialAsEndpointTest {

    /** One partial item (item 0) and one unscored item (item 1, its query does not start with its prompt). */
    private static final String BODY =
            "{\"query\": [\"Q: hi A: fine\", \"nope\"], \"prompts\": [\"Q: hi\", \"Q\"], \"labels\": [null, null]}";

    private static RewardServer start(UnscoredPolicy unscored, PartialPolicy partial) {
        return SampleSkill.start(SampleSkill.config().withPolicy(unscored).withPartialPolicy(partial));
    }

    @Test
    void byDefaultAPartialItemSendsItsValueAndIsFlaggedPartial() {
        try (RewardServer s = start(UnscoredPolicy.parse("-1"), PartialPolicy.VALUE)) {
            JsonNode json = Http.post(SampleSkill.url(s, "/get_reward"), BODY).json();
            assertThat(json.get("rewards").get(0).asDouble()).isBetween(0.0, 1.0);
            assertThat(json.get("rewards").get(1).asDouble()).isEqualTo(-1.0);
            assertThat(json.get("extra_logs").get("partial").get(0).asInt()).isEqualTo(1);
            assertThat(json.get("partial_policy").asText()).isEqualTo("value");
        }
        try (RewardServer s = SampleSkill.start(SampleSkill.config())) {
            assertThat(Http.get(SampleSkill.url(s, "/health"))
                            .json()
                            .get("partialPolicy")
                            .asText())
                    .isEqualTo("value");
        }
    }

    @Test
    void partialAsUnscoredSendsTheUnscoredValueAndKeepsThePartialFlag() {
        try (RewardServer s = start(UnscoredPolicy.parse("-1"), PartialPolicy.UNSCORED)) {
            JsonNode json = Http.post(SampleSkill.url(s, "/get_reward"), BODY).json();
            assertThat(json.get("rewards").get(0).asDouble()).isEqualTo(-1.0);
            assertThat(json.get("scores").get(0).asDouble()).isEqualTo(-1.0);
            assertThat(json.get("extra_logs").get("partial").get(0).asInt()).isEqualTo(1);
            assertThat(json.get("extra_logs").get("unscored").get(0).asInt()).isZero();
            assertThat(json.get("partial_policy").asText()).isEqualTo("unscored");
            assertThat(Http.get(SampleSkill.url(s, "/health"))
                            .json()
                            .get("partialPolicy")
                            .asText())
                    .isEqualTo("unscored");
        }
    }

    @Test
    void partialAsUnscoredUnderSkipSendsNull() {
        try (RewardServer s = start(new UnscoredPolicy.Skip(), PartialPolicy.UNSCORED)) {
            JsonNode json = Http.post(SampleSkill.url(s, "/get_reward"), BODY).json();
            assertThat(json.get("rewards").get(0).isNull()).isTrue();
            assertThat(json.get("scores").get(0).isNull()).isTrue();
        }
    }

    @Test
    void partialAsUnscoredUnderErrorRefusesTheRequestNamingThePartialItem() {
        try (RewardServer s = start(new UnscoredPolicy.Error(), PartialPolicy.UNSCORED)) {
            Http.Reply r = Http.post(SampleSkill.url(s, "/get_reward"), BODY);
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.json().get("error").asText()).startsWith("2 of 2 item(s) unscored or partial");
            JsonNode first = r.json().get("unscored").get(0);
            assertThat(first.get("index").asInt()).isZero();
            assertThat(first.get("status").asText()).isEqualTo("partial");
            assertThat(first.get("reason").asText()).isEqualTo("judge_unavailable");
            assertThat(r.json().get("unscored").get(1).get("status").asText()).isEqualTo("unscored");
        }
    }

    @Test
    void partialAsValueUnderErrorRefusesOnlyForTheUnscoredItem() {
        try (RewardServer s = start(new UnscoredPolicy.Error(), PartialPolicy.VALUE)) {
            Http.Reply r = Http.post(SampleSkill.url(s, "/get_reward"), BODY);
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.json().get("unscored")).hasSize(1);
            assertThat(r.json().get("unscored").get(0).get("index").asInt()).isEqualTo(1);
        }
    }
}

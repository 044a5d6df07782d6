package io.skillstudio.serve.verl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillstudio.serve.http.RewardServer;
import io.skillstudio.serve.testsupport.Http;
import io.skillstudio.serve.testsupport.Python;
import io.skillstudio.serve.testsupport.SampleSkill;
import io.skillstudio.serve.wire.UnscoredPolicy;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated verl {@code compute_score} file, run by python3 against a live server on 127.0.0.1. */
class VerlClientTest {

    private static RewardServer server;

    @BeforeAll
    static void start() {
        server = SampleSkill.start(SampleSkill.config());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, Object> verlCase(String solution, Object groundTruth, Object prompt) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("data_source", "skill_rm_if");
        c.put("solution_str", solution);
        c.put("ground_truth", groundTruth);
        c.put("extra_info", Map.of("prompt", prompt, "index", 0));
        return c;
    }

    private static List<JsonNode> run(Path dir, String policy, List<Map<String, Object>> cases) throws Exception {
        Optional<String> python = Python.withModule("json");
        assumeTrue(python.isPresent(), "needs python3");
        Path client = dir.resolve("skill_reward_" + policy.replace('-', 'm') + ".py");
        VerlClientWriter.write(client, "http://127.0.0.1:" + server.port() + "/", UnscoredPolicy.parse(policy));
        Path driver = dir.resolve("call_compute_score.py");
        if (!Files.exists(driver)) {
            try (InputStream in = VerlClientTest.class.getResourceAsStream("call_compute_score.py")) {
                Files.copy(in, driver);
            }
        }
        Path casesFile = dir.resolve("cases-" + policy + ".json");
        Files.write(casesFile, Http.MAPPER.writeValueAsBytes(cases));
        List<JsonNode> out = new ArrayList<>();
        for (String line : Python.run(python.get(), driver.toString(), client.toString(), casesFile.toString())) {
            out.add(Http.MAPPER.readTree(line));
        }
        return out;
    }

    @Test
    void everySampleScoresAsExpectedWithVerlsSignatureAndOneKeySet(@TempDir Path dir) throws Exception {
        List<SampleSkill.Item> items = SampleSkill.items();
        List<Map<String, Object>> cases = new ArrayList<>();
        items.forEach(i -> cases.add(verlCase(i.response(), i.label(), i.prompt())));
        // A chat-list prompt and a label kept as JSON text, as parquet rows often have them.
        SampleSkill.Item s02 = items.get(1);
        cases.add(verlCase(
                s02.response(),
                s02.label().toString(),
                List.of(
                        Map.of("role", "system", "content", "be brief"),
                        Map.of("role", "user", "content", s02.prompt()))));
        List<JsonNode> out = run(dir, "error", cases);
        assertThat(out).hasSize(cases.size() + 1);
        Set<String> keys = Set.of("score", "scored", "partial", "unscored_reason", "skill_version", "content_hash");
        for (int i = 0; i < items.size(); i++) {
            assertThat(out.get(i).get("score").asDouble())
                    .as(items.get(i).id())
                    .isCloseTo(items.get(i).expected(), within(1e-4));
        }
        assertThat(out.get(items.size()).get("score").asDouble()).isCloseTo(s02.expected(), within(1e-4));
        for (JsonNode r : out.subList(0, cases.size())) {
            assertThat(fieldNames(r)).isEqualTo(keys);
            assertThat(r.get("score").isDouble()).isTrue();
            assertThat(r.get("scored").asDouble()).isEqualTo(1.0);
            assertThat(r.get("partial").asDouble()).isEqualTo(1.0);
            assertThat(r.get("unscored_reason").asText()).isEqualTo("judge_unavailable");
            assertThat(r.get("content_hash").asText()).isEqualTo(server.skill().contentHash());
            assertThat(r.get("skill_version").asText()).isEqualTo("1.0.0");
        }
        JsonNode tail = out.get(cases.size());
        assertThat(tail.get("signature").asText())
                .isEqualTo("(data_source, solution_str, ground_truth, extra_info=None, **kwargs)");
        assertThat(tail.get("unscored_count").asInt()).isZero();
    }

    @Test
    void unscoredFollowsTheClientsPolicy(@TempDir Path dir) throws Exception {
        List<Map<String, Object>> cases = List.of(verlCase("fine", "{broken", "p"), verlCase("fine", null, "p"));
        List<JsonNode> asError = run(dir, "error", cases);
        assertThat(asError.get(0).get("raised").asText()).isEqualTo("UnscoredRewardError");
        assertThat(asError.get(0).get("message").asText()).contains("invalid_input");
        assertThat(asError.get(1).get("scored").asDouble()).isEqualTo(1.0);

        List<JsonNode> asValue = run(dir, "-1", cases);
        assertThat(asValue.get(0).get("score").asDouble()).isEqualTo(-1.0);
        assertThat(asValue.get(0).get("scored").asDouble()).isEqualTo(0.0);
        assertThat(asValue.get(0).get("unscored_reason").asText()).isEqualTo("invalid_input");
        assertThat(fieldNames(asValue.get(0))).isEqualTo(fieldNames(asValue.get(1)));
        assertThat(asValue.get(2).get("unscored_count").asInt()).isEqualTo(1);
    }

    @Test
    void renderRefusesSkipAndNonHttpUrls() {
        assertThatThrownBy(() -> VerlClientWriter.render("http://127.0.0.1:5000", new UnscoredPolicy.Skip()))
                .hasMessageContaining("verl needs a score");
        assertThatThrownBy(() -> VerlClientWriter.render("file:///etc/passwd", new UnscoredPolicy.Error()))
                .hasMessageContaining("http(s) URL");
        assertThat(VerlClientWriter.baseUrl("http://h:5000/get_reward")).isEqualTo("http://h:5000");
        assertThat(VerlClientWriter.render("http://h:5000/", UnscoredPolicy.parse("0")))
                .contains("SERVER_URL = \"http://h:5000\"")
                .contains("UNSCORED_AS = \"0.0\"");
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}

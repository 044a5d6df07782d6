package io.skillstudio.serve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillstudio.serve.testsupport.Http;
import io.skillstudio.serve.testsupport.Python;
import io.skillstudio.serve.testsupport.SampleSkill;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stateless servers behind one client list, the batch sharded as OpenRLHF shards it: the joined
 * answers equal one server's answer for the whole batch.
 */
class ScaleOutTest {

    private static RewardServer first;
    private static RewardServer second;

    @BeforeAll
    static void start() {
        first = SampleSkill.start(SampleSkill.config());
        second = SampleSkill.start(SampleSkill.config());
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    private static Map<String, List<Object>> batch(List<SampleSkill.Item> items) {
        Map<String, List<Object>> body = new LinkedHashMap<>();
        body.put("query", new ArrayList<>());
        body.put("prompts", new ArrayList<>());
        body.put("labels", new ArrayList<>());
        for (SampleSkill.Item i : items) {
            body.get("query").add(i.prompt() + i.response());
            body.get("prompts").add(i.prompt());
            body.get("labels").add(i.label());
        }
        return body;
    }

    @Test
    void aShardedBatchJoinsToTheSameRewardsAsOneServer() {
        List<SampleSkill.Item> items = SampleSkill.items();
        List<String> urls = List.of(SampleSkill.url(first, "/get_reward"), SampleSkill.url(second, "/get_reward"));
        Map<String, List<Object>> whole = batch(items);
        int size = (items.size() + urls.size() - 1) / urls.size();
        List<Double> joined = new ArrayList<>();
        for (int s = 0; s < urls.size(); s++) {
            int from = Math.min(s * size, items.size());
            int to = Math.min((s + 1) * size, items.size());
            Map<String, Object> shard = new LinkedHashMap<>();
            whole.forEach((k, v) -> shard.put(k, v.subList(from, to)));
            JsonNode reply = Http.postJson(urls.get(s), shard).json();
            reply.get("rewards").forEach(r -> joined.add(r.asDouble()));
            assertThat(reply.get("skill").get("contentHash").asText())
                    .isEqualTo(first.skill().contentHash());
        }
        JsonNode single = Http.postJson(urls.get(0), whole).json();
        assertThat(joined).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(joined.get(i)).isEqualTo(single.get("rewards").get(i).asDouble());
            assertThat(joined.get(i)).isCloseTo(items.get(i).expected(), within(1e-4));
        }
    }

    @Test
    void openRlhfsOwnAiohttpClientShapeWorksWithOneItemAndEmptyShards(@TempDir Path dir) throws Exception {
        Optional<String> python = Python.withModule("aiohttp");
        assumeTrue(python.isPresent(), "needs python3 with aiohttp (Debian: python3-aiohttp)");
        Path script = dir.resolve("openrlhf_client.py");
        try (InputStream in = ScaleOutTest.class.getResourceAsStream("openrlhf_client.py")) {
            Files.copy(in, script);
        }
        SampleSkill.Item s02 = SampleSkill.items().get(1);
        Path cases = dir.resolve("cases.json");
        Files.write(cases, Http.MAPPER.writeValueAsBytes(batch(List.of(s02))));
        // One rollout, two servers: the first gets a one-item list, the second empty lists (current OpenRLHF main).
        List<String> lines = Python.run(
                python.get(),
                script.toString(),
                cases.toString(),
                SampleSkill.url(first, "/get_reward"),
                SampleSkill.url(second, "/get_reward"));
        assertThat(lines).hasSize(2);
        JsonNode one = Http.MAPPER.readTree(lines.get(0));
        assertThat(one.get("rewards")).hasSize(1);
        assertThat(one.get("rewards").get(0).asDouble()).isCloseTo(s02.expected(), within(1e-4));
        JsonNode empty = Http.MAPPER.readTree(lines.get(1));
        assertThat(empty.get("rewards")).isEmpty();
        assertThat(empty.get("extra_logs").get("unscored")).isEmpty();
    }
}

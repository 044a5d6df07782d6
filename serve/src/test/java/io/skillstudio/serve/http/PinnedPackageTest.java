package io.skillstudio.serve.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillstudio.serve.testsupport.Http;
import io.skillstudio.serve.testsupport.SampleSkill;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served package is pinned in memory: edits on disk change nothing until an explicit reload. */
class PinnedPackageTest {

    // 300 words pass non_empty and fail concise (max 250 words, weight 0.5): 2/2.5 of the scored weight.
    private static final String LONG = "word ".repeat(300).strip();
    private static final String BODY = "{\"query\": [\"P:" + LONG + "\"], \"prompts\": [\"P:\"], \"labels\": [null]}";

    @Test
    void anEditOnDiskChangesNothingUntilReloadThenTheRewardAndHashChange(@TempDir Path dir) throws Exception {
        Path pkg = SampleSkill.copyTo(dir);
        try (RewardServer server = SampleSkill.start(SampleSkill.config(), pkg)) {
            String url = SampleSkill.url(server, "/get_reward");
            JsonNode before = Http.post(url, BODY).json();
            String hash = before.get("skill").get("contentHash").asText();
            assertThat(before.get("rewards").get(0).asDouble()).isEqualTo(0.8);

            Path checklist = pkg.resolve("rubrics/if_pointwise.checklist.yaml");
            Files.writeString(checklist, Files.readString(checklist).replace("max: 250", "max: 500"));
            JsonNode afterEdit = Http.post(url, BODY).json();
            assertThat(afterEdit.get("rewards").get(0).asDouble()).isEqualTo(0.8);
            assertThat(afterEdit.get("skill").get("contentHash").asText()).isEqualTo(hash);

            Http.Reply reload = Http.post(SampleSkill.url(server, "/admin/reload"), "");
            assertThat(reload.status()).isEqualTo(200);
            assertThat(reload.json().get("changed").asBoolean()).isTrue();
            assertThat(reload.json().get("previous").get("contentHash").asText())
                    .isEqualTo(hash);
            String newHash = reload.json().get("skill").get("contentHash").asText();
            assertThat(newHash).isNotEqualTo(hash);
            assertThat(reload.header("X-Skill-Content-Hash")).isEqualTo(newHash);

            JsonNode afterReload = Http.post(url, BODY).json();
            assertThat(afterReload.get("rewards").get(0).asDouble()).isEqualTo(1.0);
            assertThat(afterReload.get("skill").get("contentHash").asText()).isEqualTo(newHash);
            assertThat(Http.get(SampleSkill.url(server, "/health"))
                            .json()
                            .get("skill")
                            .get("contentHash")
                            .asText())
                    .isEqualTo(newHash);
            assertThat(Http.get(SampleSkill.url(server, "/metrics")).body())
                    .contains("skillstudio_skill_info{content_hash=\"" + newHash + "\",name=\"if-checklist-pointwise\","
                            + "version=\"1.0.0\"} 1")
                    .doesNotContain("content_hash=\"" + hash + "\"");
        }
    }

    @Test
    void aFailedReloadKeepsServingThePinnedPackage(@TempDir Path dir) throws Exception {
        Path pkg = SampleSkill.copyTo(dir);
        try (RewardServer server = SampleSkill.start(SampleSkill.config(), pkg)) {
            String hash = server.skill().contentHash();
            Files.delete(pkg.resolve("rubrics/if_pointwise.checklist.yaml"));
            Http.Reply reload = Http.post(SampleSkill.url(server, "/admin/reload"), "");
            assertThat(reload.status()).isEqualTo(409);
            assertThat(reload.json().get("error").asText())
                    .startsWith("reload failed, still serving " + hash)
                    .contains("if_pointwise.checklist.yaml");
            JsonNode still =
                    Http.post(SampleSkill.url(server, "/get_reward"), BODY).json();
            assertThat(still.get("rewards").get(0).asDouble()).isEqualTo(0.8);
            assertThat(still.get("skill").get("contentHash").asText()).isEqualTo(hash);
        }
    }

    @Test
    void aReloadToAPackageWithValidationErrorsIsRefusedWithThem(@TempDir Path dir) throws Exception {
        Path pkg = SampleSkill.copyTo(dir);
        try (RewardServer server = SampleSkill.start(SampleSkill.config(), pkg)) {
            String hash = server.skill().contentHash();
            Path skillMd = pkg.resolve("SKILL.md");
            Files.writeString(
                    skillMd,
                    Files.readString(skillMd).replace("name: if-checklist-pointwise", "name: if checklist pointwise"));
            Http.Reply reload = Http.post(SampleSkill.url(server, "/admin/reload"), "");
            assertThat(reload.status()).isEqualTo(409);
            assertThat(reload.json().get("error").asText())
                    .startsWith("reload failed, still serving " + hash)
                    .contains("has 1 validation error(s)")
                    .contains("SKILL.md:2:")
                    .contains("SKL004");
            assertThat(server.skill().contentHash()).isEqualTo(hash);
        }
    }
}

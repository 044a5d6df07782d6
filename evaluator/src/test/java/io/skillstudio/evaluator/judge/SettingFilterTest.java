package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upstream's setting filter and its id-to-path fallback, reproduced when a setting is given. */
class SettingFilterTest {

    @TempDir
    Path tmp;

    SkillPackage pkg() throws Exception {
        Path root = tmp.resolve("fair");
        Files.createDirectories(root.resolve("rubrics"));
        Files.createDirectories(root.resolve("references"));
        Files.writeString(root.resolve("SKILL.md"), "---\nname: fair\ndescription: d\n---\nbody\n");
        Files.writeString(root.resolve("resources.yaml"), """
                resources:
                  - id: rubric.judgebench
                    type: rubric
                    allowed_setting: [skill_fair]
                  - id: principle.oracle
                    type: principle
                    path: references/oracle.md
                    leakage_level: oracle_only
                  - id: output_format
                    type: output_contract
                  - id: misc.unmapped
                    type: reference
                """);
        Files.writeString(root.resolve("rubrics/judgebench.md"), "rubric text");
        Files.writeString(root.resolve("references/oracle.md"), "oracle text");
        Files.writeString(root.resolve("references/output_format.md"), "format text");
        return new PackageLoader().load(root).skillPackage().orElseThrow();
    }

    List<ToolCall> run(Optional<String> setting, String... secondTurn) throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"fair\",\"reason\":\"r\"}"),
                toolCalls(secondTurn),
                finalAnswer("{\"score\":1}"))) {
            Judge judge = JudgeHarness.judge(
                    JudgeHarness.settings(server),
                    JudgeCache.NONE,
                    LoopConfig.DEFAULT.withAllowedSetting(setting),
                    Optional.empty(),
                    Map.of());
            return judge.judge(pkg(), JudgeSample.pointwise("s", "p", "r")).events().stream()
                    .filter(ToolCall.class::isInstance)
                    .map(ToolCall.class::cast)
                    .toList();
        }
    }

    @Test
    void normalSettingHidesSettingScopedAndOracleResources() throws Exception {
        List<ToolCall> calls = run(
                Optional.of("normal"),
                "list_resources",
                "{}",
                "view_resource",
                "{\"path\":\"rubrics/judgebench.md\",\"reason\":\"r\"}",
                "view_resource",
                "{\"path\":\"references/oracle.md\",\"reason\":\"r\"}");
        assertThat(calls.get(1).result().get("resources").toString())
                .contains("output_format")
                .doesNotContain("rubric.judgebench")
                .doesNotContain("principle.oracle");
        assertThat(calls.get(2).result()).containsEntry("error", "resource not allowed in normal setting");
        assertThat(calls.get(3).result()).containsEntry("error", "resource not allowed in normal setting");
    }

    @Test
    void aVisibleIdWithoutAPathCannotCarryAHiddenRawPath() throws Exception {
        // misc.unmapped is visible but resolves to no file, so the raw path used to be taken as is.
        List<ToolCall> calls = run(
                Optional.of("normal"),
                "view_resource",
                "{\"resource_id\":\"misc.unmapped\",\"path\":\"references/oracle.md\",\"reason\":\"r\"}",
                "view_resource",
                "{\"resource_id\":\"output_format\",\"path\":\"references/oracle.md\",\"reason\":\"r\"}");
        assertThat(calls.get(1).result()).containsEntry("error", "resource not allowed in normal setting");
        assertThat(calls.get(1).result().toString()).doesNotContain("oracle text");
        // A visible entry that resolves to its own file still wins over a stray raw path.
        assertThat(calls.get(2).result()).containsEntry("content", "format text");
    }

    @Test
    void fairSettingShowsItsResourcesAndResolvesPathsByIdTable() throws Exception {
        List<ToolCall> calls = run(
                Optional.of("skill_fair"),
                "list_resources",
                "{}",
                "view_resource",
                "{\"path\":\"rubrics/judgebench.md\",\"reason\":\"r\"}");
        assertThat(calls.get(1).result().get("resources").toString())
                .contains(
                        "rubric.judgebench",
                        "rubrics/judgebench.md",
                        "principle.oracle",
                        "references/output_format.md");
        assertThat(calls.get(2).ok()).isTrue();
        assertThat(calls.get(2).result()).containsEntry("resource_id", "rubric.judgebench");
    }

    @Test
    void withoutASettingNothingIsHidden() throws Exception {
        List<ToolCall> calls = run(Optional.empty(), "list_resources", "{}");
        assertThat(calls.get(1).result().get("resources").toString()).contains("rubric.judgebench", "principle.oracle");
    }
}

package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.model.load.PackageLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: the judge's tools see only SKILL.md and declared resources. Upstream R1 would show any file
 * of the folder; an answer key in {@code evals/} must not reach the model (docs/security.md).
 */
class ViewResourceDeclaredOnlyTest {

    @TempDir
    Path tmp;

    @Test
    void theExpectedResultsAndOtherUndeclaredFilesAreNotShown() throws Exception {
        Path root = tmp.resolve("keyed");
        Files.createDirectories(root.resolve("evals"));
        Files.createDirectories(root.resolve("references"));
        Files.writeString(root.resolve("SKILL.md"), "---\nname: keyed\ndescription: d\n---\nbody\n");
        Files.writeString(root.resolve("resources.yaml"), """
                resources:
                  - id: guide
                    type: reference
                    path: references/guide.md
                  - id: misc.unmapped
                    type: reference
                """);
        Files.writeString(root.resolve("references/guide.md"), "guide text");
        Files.writeString(root.resolve("references/notes.md"), "SECRET notes");
        Files.writeString(root.resolve("evals/expected_results.jsonl"), "{\"id\":\"s\",\"expected\":0.93}\n");
        List<ToolCall> calls;
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"keyed\"}"),
                toolCalls(
                        "view_resource",
                        "{\"path\":\"evals/expected_results.jsonl\"}",
                        "view_resource",
                        "{\"path\":\"/evals/expected_results.jsonl\"}",
                        "view_resource",
                        "{\"resource_id\":\"misc.unmapped\",\"path\":\"references/notes.md\"}",
                        "view_resource",
                        "{\"path\":\"references/guide.md\"}",
                        "view_resource",
                        "{\"path\":\"SKILL.md\"}"),
                finalAnswer("{\"score\":1}"))) {
            Judge judge = JudgeHarness.judge(
                    JudgeHarness.settings(server), JudgeCache.NONE, LoopConfig.DEFAULT, Optional.empty(), Map.of());
            calls = judge
                    .judge(
                            new PackageLoader().load(root).skillPackage().orElseThrow(),
                            JudgeSample.pointwise("s", "p", "r"))
                    .events()
                    .stream()
                    .filter(ToolCall.class::isInstance)
                    .map(ToolCall.class::cast)
                    .toList();
        }
        for (int i = 1; i <= 3; i++) {
            assertThat(calls.get(i).ok()).isFalse();
            assertThat(calls.get(i).result().get("error").toString()).startsWith("resource not declared");
            assertThat(calls.get(i).result().toString()).doesNotContain("0.93").doesNotContain("SECRET");
        }
        assertThat(calls.get(4).result()).containsEntry("content", "guide text");
        assertThat(calls.get(5).result().get("content").toString()).contains("name: keyed");
    }
}

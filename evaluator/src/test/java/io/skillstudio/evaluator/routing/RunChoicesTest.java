package io.skillstudio.evaluator.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunChoicesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFirstSuccessfulUseSkillOfEachTrace() throws IOException {
        Files.writeString(
                dir.resolve("traces.jsonl"),
                String.join(
                                "\n",
                                // a refused call (unknown skill), then the real one; arguments as a JSON string (v1)
                                "{\"version\":1,\"sampleId\":\"s1\",\"events\":[{\"event\":\"tool_call\",\"name\":\"use_skill\","
                                        + "\"arguments\":\"{\\\"skill_name\\\":\\\"wrong\\\"}\",\"ok\":false},{\"event\":\"tool_call\","
                                        + "\"name\":\"use_skill\",\"arguments\":\"{\\\"skill_name\\\":\\\"reward_judge_fair\\\"}\","
                                        + "\"ok\":true}]}",
                                // arguments as an object (later trace versions)
                                "{\"version\":2,\"sampleId\":\"s2\",\"events\":[{\"event\":\"tool_call\",\"name\":\"use_skill\","
                                        + "\"arguments\":{\"skill_name\":\"instruction_following_pointwise\"}}]}",
                                "",
                                "{\"version\":1,\"sampleId\":\"s3\",\"events\":[{\"event\":\"verifier_run\"}]}")
                        + "\n");

        Map<String, Optional<String>> choices = RunChoices.read(dir);

        assertThat(choices)
                .containsExactly(
                        Map.entry("s1", Optional.of("reward_judge_fair")),
                        Map.entry("s2", Optional.of("instruction_following_pointwise")),
                        Map.entry("s3", Optional.empty()));
    }

    @Test
    void comparesWithExpectedAndStaticChoices() {
        Router router = RoutingFixtures.lexicalRouter(RoutingFixtures.MATH, RoutingFixtures.JSON);
        RoutingDecision d = router.route(
                RoutingFixtures.sample("s1", "numeric answer", List.of("1"), Map.of(), "math_answers"),
                Optional.empty());

        List<ModelChoice> out = RunChoices.compare(Map.of("s1", Optional.of("structured_output")), List.of(d));

        assertThat(out).singleElement().satisfies(c -> {
            assertThat(c.expected()).isEqualTo("math_answers");
            assertThat(c.staticChoice()).isEqualTo("math_answers");
            assertThat(c.matchesExpected()).isFalse();
            assertThat(c.matchesStatic()).isFalse();
        });
    }

    @Test
    void aBrokenLineIsAPositionedError() throws IOException {
        Files.writeString(dir.resolve("traces.jsonl"), "{\"sampleId\":\"a\",\"events\":[]}\n{not json\n");
        assertThatThrownBy(() -> RunChoices.read(dir.resolve("traces.jsonl")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("traces.jsonl:2:");
    }

    @Test
    void aFolderWithoutTracesIsRefused() {
        assertThatThrownBy(() -> RunChoices.read(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("traces.jsonl");
    }
}

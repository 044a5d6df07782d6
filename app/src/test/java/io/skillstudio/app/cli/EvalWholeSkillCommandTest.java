package io.skillstudio.app.cli;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.text;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.judge.FakeOpenAi;
import io.skillstudio.evaluator.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skillstudio eval} judging the upstream Skill-RM packages whole, against a scripted fake server. */
class EvalWholeSkillCommandTest {
    static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path dir;

    static FakeOpenAi.Reply[] times(int n, FakeOpenAi.Reply... conversation) {
        List<FakeOpenAi.Reply> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.addAll(Arrays.asList(conversation));
        }
        return all.toArray(FakeOpenAi.Reply[]::new);
    }

    CliRunner.Run eval(FakeOpenAi server, String pkg, Path samples, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "eval",
                "--skill",
                SharedData.require("skillrm-packages/" + pkg).toString(),
                "--samples",
                samples.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--judge-base-url",
                server.baseUrl(),
                "--judge-model",
                "fake",
                "--judge-retries",
                "0",
                "--judge-timeout",
                "5",
                "--no-judge-cache"));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    List<JsonNode> lines(String file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve("out").resolve(file))) {
            out.add(M.readTree(l));
        }
        return out;
    }

    JsonNode summary() throws IOException {
        return M.readTree(dir.resolve("out/summary.json").toFile());
    }

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void pointwiseOnInstructionFollowingPointwiseScoresEverySampleWithTraceAndCost() throws Exception {
        Path samples = file("s.jsonl", """
                {"id":"p1","prompt":"Describe rain without commas.","response":"Rain falls softly.","checklist":{"instruction_id_list":["punctuation:no_comma"],"kwargs":[{}]}}
                {"id":"p2","prompt":"Describe rain without commas.","response":"Rain, falls.","checklist":{"instruction_id_list":["punctuation:no_comma"],"kwargs":[{}]}}
                """);
        try (FakeOpenAi server = new FakeOpenAi(times(
                2,
                toolCalls("use_skill", "{\"skill_name\":\"instruction_following_pointwise\",\"reason\":\"IF\"}"),
                toolCalls("run_resource", "{\"resource_id\":\"sample.verinstruct.verify_all\",\"reason\":\"r\"}"),
                finalAnswer("{\"score\":0.5}")))) {
            CliRunner.Run run = eval(server, "instruction_following_pointwise", samples);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(lines("results.jsonl")).hasSize(2).allSatisfy(r -> {
                assertThat(r.path("decision").path("status").asText()).isEqualTo("scored");
                assertThat(r.path("decision").path("score").asDouble()).isEqualTo(0.5);
                assertThat(r.path("mode").asText())
                        .as("inferred from one response")
                        .isEqualTo("pointwise");
                assertThat(r.path("provenance").path("settings").path("judging").asText())
                        .isEqualTo("whole_skill");
            });
            String traces = Files.readString(dir.resolve("out/traces.jsonl"));
            assertThat(traces).contains("\"name\":\"use_skill\"", "sample.verinstruct.verify_all", "\"tokensIn\":100");
            assertThat(summary()
                            .path("judgeCost")
                            .path("perReward")
                            .path("modelCallsPerReward")
                            .asDouble())
                    .isEqualTo(3.0);
        }
    }

    @Test
    void judgeBenchPairsAreDetectedAndSwapReportsConsistency() throws Exception {
        Path bench = SharedData.require("judgebench/dataset=judgebench,response_model=gpt-4o-2024-05-13.jsonl");
        Path two = file("jb.jsonl", String.join("\n", Files.readAllLines(bench).subList(0, 2)) + "\n");
        try (FakeOpenAi server = new FakeOpenAi(
                finalAnswer("{\"verdict\":\"A\"}"),
                finalAnswer("{\"verdict\":\"B\"}"),
                finalAnswer("{\"verdict\":\"A\"}"),
                finalAnswer("{\"verdict\":\"A\"}"))) {
            CliRunner.Run run = eval(server, "reward_judge_fair", two, "--swap");

            assertThat(run.exitCode()).as(run.err()).isZero();
            List<JsonNode> results = lines("results.jsonl");
            assertThat(results.get(0).path("positionConsistent").asBoolean()).isTrue();
            assertThat(results.get(0).path("decision").path("verdict").asText()).isEqualTo("A");
            assertThat(results.get(0).path("match").asBoolean()).isTrue();
            assertThat(results.get(1).path("positionConsistent").asBoolean(true))
                    .isFalse();
            assertThat(results.get(1).path("decision").path("reason").asText()).isEqualTo("position_inconsistent");
            assertThat(summary().path("positionConsistency").path("rate").asDouble())
                    .isEqualTo(0.5);
            assertThat(run.out())
                    .contains(
                            "swap        1 of 2 pairs gave the same verdict in both orders (50.0%)",
                            "1 of 2 pairs changed verdict when the responses were swapped (position_inconsistent)");
        }
    }

    @Test
    void rewardBench2RowsAreListwiseOnRewardJudgeOperational() throws Exception {
        Path rows = file(
                "rb2.jsonl",
                "{\"id\":\"42\",\"prompt\":\"2+2?\",\"chosen\":[\"4\"],\"rejected\":[\"5\",\"3\",\"22\"],"
                        + "\"subset\":\"Math\"}\n");
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"reward_judge_operational\",\"reason\":\"rb2\"}"),
                toolCalls("view_resource", "{\"path\":\"sample/task_metadata.json\",\"reason\":\"meta\"}"),
                finalAnswer("{\"verdict\":\"A\"}"))) {
            CliRunner.Run run = eval(server, "reward_judge_operational", rows, "--samples-format", "rewardbench2");

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode r = lines("results.jsonl").get(0);
            assertThat(r.path("mode").asText()).isEqualTo("listwise");
            // CPython: Random("0:42").randrange(4) == 0, so the chosen "4" stays at A.
            assertThat(r.path("expected").asText()).isEqualTo("A");
            assertThat(r.path("match").asBoolean()).isTrue();
            assertThat(Files.readString(dir.resolve("out/traces.jsonl"))).contains("sample.task_metadata", "Math");
        }
    }

    @Test
    void garbageAnswersLeaveEverySampleUnscoredAndAModeMismatchIsAPositionedError() throws Exception {
        Path samples = file("g.jsonl", """
                {"id":"a","prompt":"q","response":"x"}
                {"id":"b","prompt":"q","responses":["x","y"]}
                {"id":"c","prompt":"q","response":"y"}
                """);
        try (FakeOpenAi server = new FakeOpenAi(text("no idea"))) {
            // instruction_following is R3's package: no resources.yaml, judged whole as R2/R3 load it.
            CliRunner.Run run = eval(server, "instruction_following", samples, "--fail-on-unscored");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).contains("g.jsonl:2:1: sample 'b': pointwise needs exactly one response");
            List<JsonNode> results = lines("results.jsonl");
            assertThat(results).extracting(r -> r.path("sampleId").asText()).containsExactly("a", "c");
            assertThat(results).allSatisfy(r -> {
                assertThat(r.path("decision").path("status").asText()).isEqualTo("unscored");
                assertThat(r.path("decision").has("score")).isFalse();
                assertThat(r.path("decision").path("reason").asText()).isNotEmpty();
            });
            assertThat(summary().path("malformedLines").asInt()).isEqualTo(1);
        }
    }

    @Test
    void instructionFollowingWithoutResourcesYamlIsJudgedWholeWithAWarning() throws Exception {
        Path samples = file("i.jsonl", "{\"id\":\"i1\",\"prompt\":\"Say hi in lowercase.\",\"response\":\"hi\"}\n");
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"instruction_following\",\"reason\":\"IF\"}"),
                toolCalls("view_resource", "{\"path\":\"scripts/constraint_tools.py\",\"reason\":\"helpers\"}"),
                finalAnswer("{\"score\":1.0}"))) {
            // R1's loader refuses it (no resources.yaml) but R2/R3 load it: a warning, no --allow-invalid needed.
            CliRunner.Run run = eval(server, "instruction_following", samples);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err())
                    .contains("warning: resources.yaml: SKL020 loads in R2/R3 only, not in R1")
                    .doesNotContain("--allow-invalid");
            JsonNode r = lines("results.jsonl").get(0);
            assertThat(r.path("decision").path("score").asDouble()).isEqualTo(1.0);
            assertThat(r.path("provenance").path("settings").has("allowInvalid"))
                    .isFalse();
            assertThat(Files.readString(dir.resolve("out/traces.jsonl")))
                    .contains("\"name\":\"use_skill\"", "scripts/constraint_tools.py");
        }
    }

    @Test
    void ambiguousOrUnknownSampleFormatsAreUsageErrors() throws Exception {
        Path odd = file("odd.jsonl", "{\"foo\":1}\n");
        try (FakeOpenAi server = new FakeOpenAi(text("x"))) {
            CliRunner.Run run = eval(server, "reward_judge_fair", odd);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("fit no known sample format", "--samples-format");
            CliRunner.Run bad = eval(server, "reward_judge_fair", odd, "--samples-format", "csv");
            assertThat(bad.exitCode()).isEqualTo(2);
            assertThat(bad.err()).contains("--samples-format must be");
            assertThat(server.calls()).isZero();
        }
    }
}

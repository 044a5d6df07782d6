package io.skillstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.output.RunOutput;
import io.skillstudio.evaluator.trace.TraceCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

    @TempDir
    Path dir;

    Path skill;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writePackage() throws IOException {
        skill = dir.resolve("demo");
        Files.createDirectories(skill.resolve("rubrics"));
        Files.writeString(
                skill.resolve("SKILL.md"),
                "---\nname: demo\ndescription: Demo.\nmetadata:\n  version: \"2.0.0\"\n---\n# Demo\n");
        Files.writeString(
                skill.resolve("resources.yaml"),
                "resources:\n  - id: demo.checklist\n    type: checklist\n    path: rubrics/demo.checklist.yaml\n");
        Files.writeString(skill.resolve("rubrics/demo.checklist.yaml"), """
                items:
                  - id: greets
                    verifier: apptest.contains
                    params: {text: hello}
                  - id: signs
                    verifier: apptest.contains
                    params: {text: bye}
                  - id: tone
                    judge: model
                """);
    }

    int run(String... args) {
        CommandLine cl = SkillStudioCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    Path samples(String text) throws IOException {
        Path f = dir.resolve("samples.jsonl");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void writesResultsTracesAndSummaryAndExitsZero() throws IOException {
        Path s = samples("""
                {"id": "both", "response": "hello and bye", "expected": 1.0}
                {"id": "one", "response": "hello", "expected": 0.5}
                {"id": "none", "response": "nothing", "expected": 0.0}
                """);
        Path o = dir.resolve("out");

        int code = run(
                "eval",
                "--skill",
                skill.toString(),
                "--samples",
                s.toString(),
                "--out",
                o.toString(),
                "--threads",
                "2");

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(o.resolve("results.jsonl"))).hasSize(3);
        assertThat(TraceCodec.read(new StringReader(Files.readString(o.resolve("traces.jsonl")))))
                .hasSize(3);
        JsonNode summary = new ObjectMapper().readTree(o.resolve("summary.json").toFile());
        // The model item "tone" has no judge: every sample is partial, said in the summary and on the console.
        assertThat(summary.get("scored").asInt()).isZero();
        assertThat(summary.get("partial").asInt()).isEqualTo(3);
        assertThat(summary.at("/unjudgedItemsByReason/judge_unavailable").asInt())
                .isEqualTo(3);
        assertThat(summary.at("/agreement/meanAbsoluteError").asDouble()).isEqualTo(0.0);
        assertThat(summary.at("/agreement/comparedPartial").asInt()).isEqualTo(3);
        assertThat(summary.at("/agreement/kendallTauB").asDouble()).isEqualTo(1.0);
        assertThat(summary.at("/provenance/skillVersion").asText()).isEqualTo("2.0.0");
        assertThat(Files.readString(o.resolve("results.jsonl")))
                .contains("\"unjudged\":[{\"response\":0,\"item\":\"tone\"");
        assertThat(Files.readString(o.resolve("complete.json"))).contains("\"status\":\"completed\"");
        assertThat(out.toString())
                .contains(
                        "both",
                        "1.0000",
                        "0.5000",
                        "scored      0, partial 3",
                        "3 samples had items nobody judged",
                        "Kendall tau-b 1.0000");
    }

    @Test
    void malformedLinesAreReportedWithPositionAndExitOne() throws IOException {
        Path s = samples("{\"id\": \"ok\", \"response\": \"hello\"}\n{\"id\": \"bad\", \"response\": }\n");
        Path o = dir.resolve("out");

        int code = run("eval", "--skill", skill.toString(), "--samples", s.toString(), "--out", o.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("samples.jsonl:2:");
        JsonNode summary = new ObjectMapper().readTree(o.resolve("summary.json").toFile());
        assertThat(summary.at("/malformed/0/line").asInt()).isEqualTo(2);
        assertThat(Files.readAllLines(o.resolve("results.jsonl"))).hasSize(1);
    }

    @Test
    void pairwiseModeWritesVerdictsAndAccuracy() throws IOException {
        Path s = samples("{\"id\": \"p\", \"responses\": [\"hello bye\", \"hello\"], \"expected\": \"A\"}\n");
        Path o = dir.resolve("out");

        int code = run(
                "eval",
                "--skill",
                skill.toString(),
                "--samples",
                s.toString(),
                "--out",
                o.toString(),
                "--mode",
                "pairwise",
                "--tie-margin",
                "0.1");

        assertThat(code).isZero();
        assertThat(Files.readString(o.resolve("results.jsonl"))).contains("\"verdict\":\"A\"", "\"match\":true");
        assertThat(out.toString()).contains("accuracy 1.0000");
    }

    @Test
    void runsTheShippedSamplePackageEvenWithoutItsVerifiers() throws IOException {
        Path pkg = Path.of("../sample-skills/skills/if-checklist-pointwise");
        Path o = dir.resolve("out");

        int code = run(
                "eval",
                "--skill",
                pkg.toString(),
                "--samples",
                pkg.resolve("evals/samples.jsonl").toString(),
                "--out",
                o.toString(),
                "--threads",
                "3");

        // Before the verifier branches are merged every item is verifier_missing: unscored, never 0.
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(o.resolve("results.jsonl"))).hasSize(18);
        JsonNode summary = new ObjectMapper().readTree(o.resolve("summary.json").toFile());
        assertThat(summary.get("scored").asInt()
                        + summary.get("partial").asInt()
                        + summary.get("unscored").asInt())
                .isEqualTo(18);
        // Its model item (task_intent) has no judge here: every sample had items nobody judged.
        assertThat(summary.get("samplesWithUnjudgedItems").asInt()).isEqualTo(18);
        assertThat(out.toString()).contains("if-checklist-pointwise 1.0.0");
    }

    @Test
    void usageErrorsAndUnreadableInputsExitTwo() throws IOException {
        Path s = samples("{\"id\": \"ok\", \"response\": \"hello\"}\n");

        assertThat(run("eval", "--skill", skill.toString(), "--samples", s.toString(), "--mode", "sideways"))
                .isEqualTo(2);
        assertThat(run("eval", "--skill", dir.resolve("nope").toString(), "--samples", s.toString()))
                .isEqualTo(2);
        assertThat(run(
                        "eval",
                        "--skill",
                        skill.toString(),
                        "--samples",
                        dir.resolve("nope.jsonl").toString()))
                .isEqualTo(2);
        assertThat(run("eval", "--skill", skill.toString(), "--samples", s.toString(), "--threads", "0"))
                .isEqualTo(2);
        assertThat(run("eval", "--skill", skill.toString(), "--samples", s.toString(), "--checklist", "nope"))
                .isEqualTo(2);
        assertThat(run("eval", "--samples", s.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("--mode must be", "cannot read", "no YAML checklist resource with id 'nope'");
    }

    @Test
    void unknownVerifierInThePackageChecklistIsReportedWithItsPositionAndExitsOne() throws IOException {
        Files.writeString(skill.resolve("rubrics/demo.checklist.yaml"), """
                items:
                  - id: greets
                    verifier: apptest.contians
                    params: {text: hello}
                """);
        Path s = samples("{\"id\": \"a\", \"response\": \"hello\"}\n");

        int code = run(
                "eval",
                "--skill",
                skill.toString(),
                "--samples",
                s.toString(),
                "--out",
                dir.resolve("o").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .contains("rubrics/demo.checklist.yaml:3:")
                .contains("SKL061")
                .contains("did you mean apptest.contains")
                .contains("--allow-invalid");
        assertThat(dir.resolve("o"))
                .as("an invalid package is refused, nothing is scored")
                .doesNotExist();

        int anyway = run(
                "eval",
                "--skill",
                skill.toString(),
                "--samples",
                s.toString(),
                "--out",
                dir.resolve("o").toString(),
                "--allow-invalid");

        assertThat(anyway).isEqualTo(1);
        String results = Files.readString(dir.resolve("o/results.jsonl"));
        assertThat(results).contains("verifier_missing").contains("\"allowInvalid\":true");
    }

    @Test
    void aSecondEvalOnALockedOutFolderIsRefusedAndLeavesItAlone() throws IOException {
        Path s = samples("{\"id\": \"a\", \"response\": \"hello\"}\n");
        Path o = dir.resolve("out");
        try (var held = RunOutput.open(o)) {
            int code = run("eval", "--skill", skill.toString(), "--samples", s.toString(), "--out", o.toString());

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("another eval is writing to").contains("locked");
        }
        assertThat(o).doesNotExist();
    }

    @Test
    void failOnUnscoredExitsThreeWhenSamplesArePartialOrUnscored() throws IOException {
        Path s = samples("{\"id\": \"a\", \"response\": \"hello and bye\"}\n");

        assertThat(run(
                        "eval",
                        "--skill",
                        skill.toString(),
                        "--samples",
                        s.toString(),
                        "--out",
                        dir.resolve("o1").toString()))
                .isZero();
        assertThat(run(
                        "eval",
                        "--skill",
                        skill.toString(),
                        "--samples",
                        s.toString(),
                        "--out",
                        dir.resolve("o2").toString(),
                        "--fail-on-unscored"))
                .isEqualTo(3);
    }

    @Test
    void aMisspelledVerifierInASampleIsNamedOnTheConsoleWithItsSuggestion() throws IOException {
        Path s = samples("{\"id\": \"a\", \"response\": \"hello\", \"checklist\": {\"items\": [{\"id\": \"x\","
                + " \"verifier\": \"apptest.contain\", \"params\": {\"text\": \"h\"}}]}}\n");

        int code = run(
                "eval",
                "--skill",
                skill.toString(),
                "--samples",
                s.toString(),
                "--out",
                dir.resolve("o").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains("sample a item x: unknown verifier 'apptest.contain'")
                .contains("did you mean apptest.contains");
    }

    @Test
    void aSpentRunRegexBudgetStopsTheRunWithExitFiveAndKeepsWhatFinished() throws IOException {
        String regexItem = ", \"checklist\": {\"items\": [{\"id\": \"r\", \"verifier\": \"constraint.regex_search\","
                + " \"params\": {\"pattern\": \"a*a*c\"}}]}}\n";
        String a = "a".repeat(100);
        Path s = samples("{\"id\": \"s1\", \"response\": \"" + a + "\"" + regexItem
                + "{\"id\": \"s2\", \"response\": \"" + a + "\"" + regexItem
                + "{\"id\": \"s3\", \"response\": \"" + a + "\"" + regexItem);
        Path full = dir.resolve("full");
        Path cut = dir.resolve("cut");

        assertThat(run("eval", "--skill", skill.toString(), "--samples", s.toString(), "--out", full.toString()))
                .as(err.toString())
                .isZero();
        int code = run(
                "eval",
                "--skill",
                skill.toString(),
                "--samples",
                s.toString(),
                "--out",
                cut.toString(),
                "--run-regex-budget",
                "1");

        assertThat(code).isEqualTo(5);
        assertThat(err.toString())
                .contains("error: stopped: the run's regex budget of 1 character reads was spent", "2 not started");
        List<String> written = Files.readAllLines(cut.resolve("results.jsonl"));
        assertThat(written).hasSize(1);
        // The finished sample's result is the one an unlimited run writes (times aside).
        assertThat(withoutTimes(written.get(0)))
                .isEqualTo(withoutTimes(
                        Files.readAllLines(full.resolve("results.jsonl")).get(0)));
        JsonNode summary =
                new ObjectMapper().readTree(cut.resolve("summary.json").toFile());
        assertThat(summary.get("status").asText()).isEqualTo("cancelled");
        assertThat(summary.get("notStartedSampleIds").toString()).isEqualTo("[\"s2\",\"s3\"]");
        assertThat(summary.get("notes").toString()).contains("stopped: the run's regex budget");
        assertThat(run(
                        "eval",
                        "--skill",
                        skill.toString(),
                        "--samples",
                        s.toString(),
                        "--out",
                        dir.resolve("bad").toString(),
                        "--run-regex-budget",
                        "0"))
                .isEqualTo(2);
    }

    private static String withoutTimes(String line) {
        return line.replaceAll("\"(latencyMs|timestamp|evaluatedAt|durationMs|wallMs)\":[^,}]*", "");
    }

    @Test
    void escapeSequencesInSampleIdsAndTheSkillNameReachTheTerminalEscaped() throws IOException {
        Path s = samples("{\"id\": \"\\u001b[2Jwiped\", \"response\": \"hello\"}\n");

        run(
                "eval",
                "--skill",
                skill.toString(),
                "--samples",
                s.toString(),
                "--out",
                dir.resolve("o").toString());

        assertThat(out.toString()).doesNotContain("\u001b").contains("\\u001b[2Jwiped");
        assertThat(err.toString()).doesNotContain("\u001b");
    }
}

package io.skillstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IfevalCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SkillStudioCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void scoresAndWritesOfficialFiles() throws IOException {
        Path input = dir.resolve("input.jsonl");
        Files.writeString(
                input,
                "{\"key\": 1, \"prompt\": \"P\", \"instruction_id_list\": [\"punctuation:no_comma\", \"startend:quotation\"], \"kwargs\": [{}, {}]}\n"
                        + "broken\n");
        Path responses = dir.resolve("responses.jsonl");
        Files.writeString(responses, "{\"prompt\": \"P\", \"response\": \"Intro\\n\\\"no commas here\\\"\"}\n");
        Path outDir = dir.resolve("out");

        int code = run(
                "ifeval", "--input", input.toString(), "--responses", responses.toString(), "--out", outDir.toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("strict prompt-level accuracy: 0.0000 (0/1)")
                .contains("strict instruction-level accuracy: 0.5000 (1/2)")
                .contains("loose prompt-level accuracy: 1.0000 (1/1)")
                .contains("loose instruction-level accuracy: 1.0000 (2/2)");
        assertThat(err.toString()).contains(input + ":2: invalid JSON");
        assertThat(outDir.resolve("eval_results_strict.jsonl")).exists();
        assertThat(Files.readString(outDir.resolve("eval_results_loose.jsonl")))
                .contains("\"follow_all_instructions\": true");
    }

    @Test
    void aSymlinkedResultFileIsReplacedNotWrittenThrough() throws IOException {
        Path input = dir.resolve("input.jsonl");
        Files.writeString(
                input,
                "{\"key\": 1, \"prompt\": \"P\", \"instruction_id_list\": [\"punctuation:no_comma\"],"
                        + " \"kwargs\": [{}]}\n");
        Path responses = dir.resolve("responses.jsonl");
        Files.writeString(responses, "{\"prompt\": \"P\", \"response\": \"fine\"}\n");
        Path outDir = Files.createDirectory(dir.resolve("out"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(outDir.resolve("eval_results_strict.jsonl"), victim);

        int code = run(
                "ifeval", "--input", input.toString(), "--responses", responses.toString(), "--out", outDir.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(victim).content().isEqualTo("precious");
        assertThat(Files.isSymbolicLink(outDir.resolve("eval_results_strict.jsonl")))
                .isFalse();
        assertThat(outDir.resolve("complete.json")).exists();
    }

    @Test
    void unreadableInputIsExit2() {
        int code = run(
                "ifeval",
                "--input",
                dir.resolve("missing.jsonl").toString(),
                "--responses",
                dir.resolve("missing2.jsonl").toString(),
                "--out",
                dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read");
    }

    @Test
    void missingOptionIsUsageError() {
        assertThat(run("ifeval", "--input", "x")).isEqualTo(2);
    }

    @Test
    void benchRejectsBadIterations() throws IOException {
        Path input = dir.resolve("i.jsonl");
        Files.writeString(input, "");
        assertThat(run(
                        "bench",
                        "ifeval",
                        "--input",
                        input.toString(),
                        "--responses",
                        input.toString(),
                        "--iterations",
                        "0"))
                .isEqualTo(2);
    }

    @Test
    void benchRunsOnATinyInput() throws IOException {
        Path input = dir.resolve("input.jsonl");
        Files.writeString(
                input,
                "{\"key\": 1, \"prompt\": \"P\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
        Path responses = dir.resolve("responses.jsonl");
        Files.writeString(responses, "{\"prompt\": \"P\", \"response\": \"fine\"}\n");
        int code = run(
                "bench",
                "ifeval",
                "--input",
                input.toString(),
                "--responses",
                responses.toString(),
                "--iterations",
                "2",
                "--warmup",
                "1",
                "--threads",
                "1");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("p99 us").contains("strict").contains("loose");
    }

    @Test
    void aSpentRunRegexBudgetLeavesRowsNotRunAndExitsFive() throws IOException {
        Path input = dir.resolve("input.jsonl");
        StringBuilder in = new StringBuilder();
        StringBuilder rs = new StringBuilder();
        for (int k = 0; k < 20; k++) {
            in.append("{\"key\": ")
                    .append(k)
                    .append(", \"prompt\": \"P")
                    .append(k)
                    .append(
                            "\", \"instruction_id_list\": [\"keywords:existence\"], \"kwargs\": [{\"keywords\": [\"a*a*c\"]}]}\n");
            rs.append("{\"prompt\": \"P")
                    .append(k)
                    .append("\", \"response\": \"")
                    .append("a".repeat(100))
                    .append("\"}\n");
        }
        Files.writeString(input, in);
        Path responses = Files.writeString(dir.resolve("responses.jsonl"), rs);

        int code = run(
                "ifeval",
                "--input",
                input.toString(),
                "--responses",
                responses.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--run-regex-budget",
                "1");

        assertThat(code).isEqualTo(5);
        assertThat(err.toString())
                .contains("not run, the run's regex budget was spent")
                .contains("error: stopped: the run's regex budget of 1 character reads was spent");
        List<String> rows = Files.readAllLines(dir.resolve("out").resolve("eval_results_strict.jsonl"));
        assertThat(rows).isNotEmpty().hasSizeLessThan(20);
        assertThat(err.toString()).contains(" of 20 prompts");
        assertThat(Files.readString(dir.resolve("out").resolve("complete.json")))
                .contains("\"status\":\"cancelled\"")
                .contains("regex budget");
    }
}

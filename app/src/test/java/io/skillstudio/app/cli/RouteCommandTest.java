package io.skillstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteCommandTest {

    static final Path UPSTREAM = Path.of("..", "..", "shared", "data", "skillrm-packages");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path samples() throws IOException {
        Path file = tmp.resolve("samples.jsonl");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                "{\"id\":\"if1\",\"prompt\":\"Write 300 words without commas; follow every format requirement.\","
                                        + "\"response\":\"ok\",\"expected_skill\":\"instruction_following_pointwise\"}",
                                "{\"id\":\"pair1\",\"prompt\":\"Which candidate response is better?\",\"responses\":[\"a\",\"b\"],"
                                        + "\"metadata\":{\"benchmark\":\"judgebench\"},\"expected_skill\":\"instruction_following_pointwise\"}",
                                "{\"id\":\"x\\u001b[31m\",\"prompt\":\"hi\",\"response\":\"r\"}")
                        + "\n");
        return file;
    }

    @Test
    void jsonReportRanksEverySkillAndCountsTheMisroute() throws IOException {
        assumeTrue(Files.isDirectory(UPSTREAM), "upstream packages beside the project");
        CliRunner.Run run = CliRunner.run(
                "route",
                "--skills",
                UPSTREAM.toString(),
                "--samples",
                samples().toString(),
                "--format",
                "json",
                "--no-embeddings");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode report = JSON.readTree(run.out()).get("report");
        assertThat(report.get("skills")).hasSize(4);
        assertThat(report.get("embeddings").asBoolean()).isFalse();
        assertThat(report.get("labelled").asInt()).isEqualTo(2);
        assertThat(report.get("correct").asInt()).isEqualTo(1);
        assertThat(report.get("accuracy").asDouble()).isEqualTo(0.5);
        JsonNode first = report.get("decisions").get(0);
        assertThat(first.get("chosen").asText()).isEqualTo("instruction_following_pointwise");
        assertThat(first.get("ranking")).hasSize(4);
        assertThat(first.get("ranking").get(0).get("reasons").toString()).contains("BM25");
        JsonNode misrouted = report.get("misrouted").get(0);
        assertThat(misrouted.get("sampleId").asText()).isEqualTo("pair1");
        assertThat(report.get("confusion")
                        .get("instruction_following_pointwise")
                        .size())
                .isEqualTo(2);
        assertThat(report.get("collisions").get(0).get("skillB").asText()).isEqualTo("instruction_following_pointwise");
    }

    @Test
    void textReportEscapesControlCharactersOfSampleIds() throws IOException {
        assumeTrue(Files.isDirectory(UPSTREAM), "upstream packages beside the project");
        CliRunner.Run run = CliRunner.run(
                "route", "--skills", UPSTREAM.toString(), "--samples", samples().toString(), "--no-embeddings");

        assertThat(run.out())
                .contains(
                        "misrouted: pair1",
                        "collision: instruction_following ~ " + "instruction_following_pointwise",
                        "accuracy 0.5000")
                .doesNotContain("\u001b");
        assertThat(run.out()).contains("x\\u001b[31m");
    }

    @Test
    void noLoadableSkillIsAUsageError() throws IOException {
        CliRunner.Run run = CliRunner.run(
                "route",
                "--skills",
                tmp.resolve("nothing").toString(),
                "--samples",
                samples().toString(),
                "--no-embeddings");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no skill could be loaded");
    }
}

package io.skillstudio.evaluator.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.output.RunOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in a child JVM, as {@code eval} does: a large sample set under a heap far smaller than its
 * results and traces (so they must be streamed), and {@code kill -9} in the middle of writing (so the
 * folder must hold the previous run, whole).
 */
class LargeRunProcessTest {

    /** 100k samples: their results and traces take far more than the child's heap. */
    static final int SAMPLES = 100_000;

    static final String HEAP = "-Xmx40m";

    @TempDir
    Path tmp;

    static Path samples(Path dir, int n) throws IOException {
        Path file = dir.resolve("samples.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < n; i++) {
                w.write("{\"id\":\"s" + i + "\",\"prompt\":\"p\",\"response\":\"" + (i % 3 == 0 ? "yes" : "no")
                        + "\"}\n");
            }
        }
        return file;
    }

    static Process child(Path samples, Path out, String speed) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        HEAP,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargeRunChild.class.getName(),
                        samples.toString(),
                        out.toString(),
                        speed)
                .redirectErrorStream(true)
                .redirectOutput(out.resolveSibling("child.log").toFile())
                .start();
    }

    @Test
    void aLargeSampleSetRunsInBoundedMemoryAndStreamsEveryResult() throws Exception {
        Path out = tmp.resolve("out");
        Process p = child(samples(tmp, SAMPLES), out, "fast");

        assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isZero();
        try (Stream<String> lines = Files.lines(out.resolve(RunOutput.RESULTS))) {
            assertThat(lines.count()).isEqualTo(SAMPLES);
        }
        JsonNode summary =
                new ObjectMapper().readTree(out.resolve(RunOutput.SUMMARY).toFile());
        assertThat(summary.get("evaluated").asInt()).isEqualTo(SAMPLES);
        assertThat(summary.get("scored").asInt()).isEqualTo(SAMPLES);
    }

    @Test
    void killDashNineMidWriteLeavesThePreviousRunWholeAndTheNextRunCleansUp() throws Exception {
        Path out = tmp.resolve("out");
        Path small = Files.createDirectory(tmp.resolve("small"));
        Process first = child(samples(small, 50), out, "fast");
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        String previousRun = marker(out).get("runId").asText();

        Process second = child(samples(tmp, 20_000), out, "slow");
        waitForStagedBytes(second);
        second.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no cleanup
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(marker(out).get("runId").asText()).isEqualTo(previousRun);
        for (String f : List.of(RunOutput.RESULTS, RunOutput.TRACES, RunOutput.SUMMARY)) {
            assertThat(Files.size(out.resolve(f)))
                    .as(f + " as the marker recorded it")
                    .isEqualTo(marker(out).get("bytes").get(f).asLong());
        }
        try (Stream<String> lines = Files.lines(out.resolve(RunOutput.RESULTS))) {
            assertThat(lines.count()).isEqualTo(50);
        }

        Process third = child(samples(small, 50), out, "fast");
        assertThat(third.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(third.exitValue()).isZero();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(x -> x.getFileName().toString())).noneMatch(n -> n.contains(".staging-"));
        }
    }

    private void waitForStagedBytes(Process p) throws Exception {
        for (int i = 0; i < 1200 && p.isAlive(); i++) {
            try (Stream<Path> s = Files.list(tmp)) {
                for (Path d : s.filter(x -> x.getFileName().toString().startsWith(".out.staging-"))
                        .toList()) {
                    Path r = d.resolve(RunOutput.RESULTS);
                    if (Files.exists(r) && Files.size(r) > 0) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child never wrote into its staging folder; alive=" + p.isAlive());
    }

    private static JsonNode marker(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve(RunOutput.COMPLETE).toFile());
    }
}

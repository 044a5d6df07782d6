package io.skillstudio.evaluator.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.metrics.SummaryBuilder;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.trace.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder: locked, staged, published whole, never through a link, recovered after a crash. */
class RunOutputTest {

    static final Provenance P = new Provenance("n", "v", "h", "e", "pointwise", "", null, null, Map.of());

    @TempDir
    Path tmp;

    static Evaluation evaluation(String id) {
        SampleResult r = SampleResult.failed(id, 1, EvalMode.POINTWISE, Decision.score(0.5), P);
        return new Evaluation(r, Trace.of(id, P, List.of(), List.of()));
    }

    static RunSummary summary(String status) {
        return new SummaryBuilder(P, EvalMode.POINTWISE, Optional.empty(), 1).build(status, 0, 1);
    }

    static void runInto(Path out, String... ids) throws IOException {
        try (RunOutput o = RunOutput.open(out)) {
            for (String id : ids) {
                o.write(evaluation(id));
            }
            o.publish(summary(RunSummary.COMPLETED));
        }
    }

    @Test
    void aRunIsPublishedWholeWithItsCompletionMarkerAndNothingBesideIt() throws IOException {
        Path out = tmp.resolve("out");

        runInto(out, "a", "b");

        assertThat(out.resolve(RunOutput.RESULTS)).content().hasLineCount(2).contains("\"sampleId\":\"a\"");
        assertThat(out.resolve(RunOutput.TRACES)).content().hasLineCount(2);
        JsonNode marker =
                new ObjectMapper().readTree(out.resolve(RunOutput.COMPLETE).toFile());
        assertThat(marker.get("status").asText()).isEqualTo("completed");
        assertThat(marker.get("bytes").get(RunOutput.RESULTS).asLong())
                .isEqualTo(Files.size(out.resolve(RunOutput.RESULTS)));
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out", ".out.lock");
        }
    }

    @Test
    void aSecondRunReplacesTheFirstEntirely() throws IOException {
        Path out = tmp.resolve("out");
        runInto(out, "a", "b", "c");

        runInto(out, "z");

        assertThat(out.resolve(RunOutput.RESULTS))
                .content()
                .hasLineCount(1)
                .contains("\"z\"")
                .doesNotContain("\"a\"");
        assertThat(out.resolve(RunOutput.TRACES)).content().hasLineCount(1);
    }

    @Test
    void aSecondRunOnALockedFolderIsRefusedWithAClearMessage() throws IOException {
        Path out = tmp.resolve("out");
        try (RunOutput first = RunOutput.open(out)) {
            assertThatThrownBy(() -> RunOutput.open(out))
                    .isInstanceOf(RunOutput.LockedException.class)
                    .hasMessageContaining("another eval is writing to")
                    .hasMessageContaining("locked");
        }
        runInto(out, "after");
        assertThat(out.resolve(RunOutput.RESULTS)).content().contains("after");
    }

    @Test
    void aDiscardedRunLeavesThePreviousRunInPlace() throws IOException {
        Path out = tmp.resolve("out");
        runInto(out, "old");
        try (RunOutput o = RunOutput.open(out)) {
            o.write(evaluation("new"));
            o.discard();
        }
        assertThat(out.resolve(RunOutput.RESULTS)).content().contains("old").doesNotContain("new");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }
    }

    @Test
    void aSymlinkNamedLikeATempFileIsRemovedNotWrittenThrough() throws IOException {
        Path out = tmp.resolve("out");
        runInto(out, "a");
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(out.resolve("results.jsonl.tmp"), victim);

        runInto(out, "b");

        assertThat(victim).content().isEqualTo("precious");
        assertThat(out.resolve("results.jsonl.tmp")).doesNotExist();
    }

    @Test
    void anOutFolderThatIsALinkOrHoldsForeignFilesIsRefused() throws IOException {
        Path real = Files.createDirectory(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertThatThrownBy(() -> RunOutput.open(link)).hasMessageContaining("symbolic link");

        Path project = Files.createDirectory(tmp.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        assertThatThrownBy(() -> RunOutput.open(project))
                .hasMessageContaining("pom.xml")
                .hasMessageContaining("this command did not write");
        assertThat(project.resolve("pom.xml")).exists();
    }

    @Test
    void aCrashBetweenTheTwoRenamesIsRepairedByTheNextRun() throws IOException {
        Path out = tmp.resolve("out");
        runInto(out, "previous");
        // What a kill between "out -> .out.old-X" and "staging -> out" leaves behind, plus a killed staging.
        Files.move(out, tmp.resolve(".out.old-crashed"));
        Files.createDirectory(tmp.resolve(".out.staging-killed"));
        Files.writeString(tmp.resolve(".out.staging-killed").resolve(RunOutput.RESULTS), "half");

        try (RunOutput o = RunOutput.open(out)) {
            assertThat(out.resolve(RunOutput.RESULTS))
                    .as("the previous run is back before the new one starts")
                    .content()
                    .contains("previous");
            o.discard();
        }
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out", ".out.lock");
        }
    }
}

package io.skillstudio.app.studio.versions;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.app.cli.CliRunner;
import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.app.studio.run.StudioJudge;
import io.skillstudio.app.studio.trace.Step;
import io.skillstudio.app.studio.trace.TracePair;
import io.skillstudio.app.studio.trace.TraceViewModel;
import io.skillstudio.evaluator.judge.FakeOpenAi;
import io.skillstudio.evaluator.judge.JudgeSettings;
import io.skillstudio.evaluator.score.ScoreStatus;
import io.skillstudio.evaluator.versions.DriftReport;
import io.skillstudio.evaluator.versions.ItemFlip;
import io.skillstudio.evaluator.versions.SampleDrift;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import io.skillstudio.model.versioning.history.PackageHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Compare runs of two versions" with the saved model judge, against a scripted OpenAI-compatible server:
 * a repository built here holds the sample skill and a commit that cuts the {@code concise} budget from
 * 250 words to 5. The studio gives the same per-sample deltas and summary as {@code skillstudio diff
 * --samples}, pointwise and pairwise; a rerun costs no model calls; a row opens both traces.
 */
class DriftCompareRunsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Every model call answers: the one model item, task_intent, is satisfied. */
    static final String SATISFIED = "{\"score\":1,\"items\":[{\"id\":\"task_intent\",\"satisfied\":true}]}";

    @TempDir
    Path tmp;

    Path pkg;
    String before;
    String after;
    FakeOpenAi server;
    ScriptedVersionsDialogs dialogs = new ScriptedVersionsDialogs();
    List<TracePair> opened = new ArrayList<>();
    VersionsViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        pkg = VersionsFixture.copySample(tmp);
        var ada = Optional.of(
                new PersonIdent("Ada", "ada@example.org", Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC));
        try (PackageHistory h = PackageHistory.openOrInit(pkg)) {
            before = h.commit("Initial", ada);
            Path checklist = pkg.resolve("rubrics/if_pointwise.checklist.yaml");
            Files.writeString(checklist, Files.readString(checklist).replace("max: 250", "max: 5"));
            after = h.commit("Five-word budget", ada);
        }
        server = new FakeOpenAi(finalAnswer(SATISFIED));
        JudgeSettings settings = JudgeSettings.of(server.baseUrl(), "fake-judge")
                .withTimeout(Duration.ofSeconds(5))
                .withRetries(0, Duration.ofMillis(1));
        StudioJudge judge =
                new StudioJudge(() -> Optional.of(settings), Optional.of(tmp.resolve("home/judge-cache")), k -> null);
        Validator validator = Validator.standard();
        vm = new VersionsViewModel(
                new CurrentThreadTaskExecutor(),
                dialogs,
                new VersionsViewModel.Host(
                        () -> pkg,
                        () -> false,
                        p -> validator.validate(p, LintMode.SKILLRM),
                        () -> {},
                        judge,
                        opened::add),
                Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private DriftReport compareRuns(Path samples) {
        dialogs.paths.add(samples);
        vm.compareRuns(before, after);
        assertThat(dialogs.errors).isEmpty();
        return vm.driftProperty().get();
    }

    /** The same drift from the command line, with its own judge cache. */
    private JsonNode cliDrift(Path samples) throws Exception {
        CliRunner.Run run = CliRunner.run(
                "diff",
                pkg.toString(),
                "--from",
                before,
                "--to",
                after,
                "--samples",
                samples.toString(),
                "--format",
                "json",
                "--judge-base-url",
                server.baseUrl(),
                "--judge-model",
                "fake-judge",
                "--judge-retries",
                "0",
                "--judge-timeout",
                "5",
                "--judge-cache-dir",
                tmp.resolve("cli-cache").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static void assertSameDrift(DriftReport studio, JsonNode cli) {
        assertThat(cli.get("mode").asText()).isEqualTo(studio.mode());
        assertThat(JSON.<JsonNode>valueToTree(studio.samples())).isEqualTo(cli.get("samples"));
        assertThat(JSON.<JsonNode>valueToTree(studio.summary())).isEqualTo(cli.get("summary"));
    }

    @Test
    void judgedPointwiseDriftMatchesTheCommandLineAndARerunCostsNoModelCalls() throws Exception {
        Path samples = pkg.resolve("evals/samples.jsonl");
        DriftReport r = compareRuns(samples);

        assertThat(r.mode()).isEqualTo("pointwise");
        assertThat(server.calls())
                .as("each version's 18 responses judged once (the content hashes differ)")
                .isEqualTo(36);
        assertThat(r.fromRun().results())
                .allSatisfy(s -> assertThat(s.decision().status()).isEqualTo(ScoreStatus.SCORED));
        assertThat(r.summary().samples()).isEqualTo(18);
        assertThat(r.summary().changed()).isEqualTo(12);
        assertThat(r.summary().statusChanges()).isZero();
        assertThat(r.samples().get(0).itemFlips()).containsExactly(new ItemFlip(0, "concise", "pass", "fail"));
        assertThat(r.summary().largestShift()).isNegative();

        assertSameDrift(r, cliDrift(samples));

        int calls = server.calls();
        compareRuns(samples);
        assertThat(server.calls())
                .as("both versions answered from the studio's judge cache")
                .isEqualTo(calls);
        assertThat(vm.statusProperty().get()).contains("12 of 18 sample(s) changed", "model judge");
    }

    @Test
    void pairwiseVerdictFlipsMatchTheCommandLineAndARowOpensBothTraces() throws Exception {
        Path samples = tmp.resolve("pairs.jsonl");
        Files.writeString(
                samples,
                String.join(
                                "\n",
                                pair(
                                        "long-vs-short",
                                        "Rain falls softly on the old town tonight.",
                                        "Rain falls softly."),
                                pair("both-short", "Rain falls.", "It rains."),
                                pair(
                                        "both-long",
                                        "Rain falls softly on the old town tonight.",
                                        "The streets shine like glass after the rain."),
                                pair(
                                        "vetoed",
                                        "Rain falls.",
                                        "As an AI language model I cannot describe rain for you."))
                        + "\n");
        DriftReport r = compareRuns(samples);

        assertThat(r.mode()).as("two responses imply pairwise").isEqualTo("pairwise");
        SampleDrift flipped = r.samples().get(0);
        assertThat(flipped.sampleId()).isEqualTo("long-vs-short");
        assertThat(flipped.before().verdict()).isEqualTo("Tie");
        assertThat(flipped.after().verdict())
                .as("A now breaks the five-word budget")
                .isEqualTo("B");
        assertThat(flipped.verdictFlip()).isTrue();
        assertThat(flipped.itemFlips()).containsExactly(new ItemFlip(0, "concise", "pass", "fail"));
        assertThat(r.samples().get(1).changed()).isFalse();
        assertThat(r.samples().get(2).verdictFlip())
                .as("both responses lose the same")
                .isFalse();
        assertThat(r.samples().get(3).verdictFlip())
                .as("the veto decides before and after")
                .isFalse();
        assertThat(r.summary().verdictFlips()).isEqualTo(1);
        assertThat(r.summary().changed()).isEqualTo(3);

        assertSameDrift(r, cliDrift(samples));

        vm.selectedDriftProperty().set(flipped);
        assertThat(vm.canOpenTraces()).isTrue();
        vm.openTraces();
        assertThat(opened).hasSize(1);
        TracePair p = opened.get(0);
        assertThat(p.leftLabel()).isEqualTo(before.substring(0, 8));
        assertThat(p.rightLabel()).isEqualTo(after.substring(0, 8));
        assertThat(p.left()).hasValueSatisfying(t -> assertThat(t.sampleId()).isEqualTo("long-vs-short"));
        assertThat(p.right()).hasValueSatisfying(t -> assertThat(t.sampleId()).isEqualTo("long-vs-short"));

        // The trace viewer shows the pair side by side and marks the concise step of response A.
        TraceViewModel traces = new TraceViewModel(t -> {});
        traces.showPair(p, Optional.empty());
        assertThat(traces.compareRootProperty().get()).isNotNull();
        assertThat(traces.captionProperty().get()).contains("left " + p.leftLabel(), "right " + p.rightLabel());
        List<Step> differing = traces.rootProperty().get().flatten().stream()
                .filter(s -> traces.differingProperty().get().contains(s.key()))
                .toList();
        assertThat(differing).anySatisfy(s -> assertThat(s.title()).contains("concise"));
        assertThat(traces.responses())
                .containsExactly("Rain falls softly on the old town tonight.", "Rain falls softly.");
    }

    private static String pair(String id, String a, String b) throws Exception {
        return JSON.writeValueAsString(
                Map.of("id", id, "prompt", "Describe rain briefly.", "responses", List.of(a, b)));
    }
}

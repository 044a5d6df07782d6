package io.skillstudio.app.studio.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.ScriptedDialogs;
import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.app.studio.run.results.RowStatus;
import io.skillstudio.app.studio.run.results.SampleRow;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.testsupport.SharedData;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunViewModelTest {

    @TempDir
    Path tmp;

    private Path pkgRoot;
    private SkillPackage pkg;
    private ScriptedDialogs dialogs;
    private RunStore store;

    @BeforeEach
    void setUp() throws Exception {
        pkgRoot = SampleSkills.copy(SampleSkills.IF_CHECKLIST, tmp);
        pkg = new PackageLoader().load(pkgRoot).skillPackage().orElseThrow();
        dialogs = new ScriptedDialogs();
        store = new RunStore(tmp.resolve("home"));
    }

    private RunViewModel vm(RunGateway gateway) {
        return new RunViewModel(new RunViewModel.Deps(
                new CurrentThreadTaskExecutor(),
                gateway,
                store,
                Runnable::run,
                dialogs,
                () -> Optional.of(pkg),
                new SimpleObjectProperty<>(pkgRoot),
                Optional::empty,
                System::nanoTime,
                Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC)));
    }

    private static RunGateway real() {
        return new ServiceRunGateway(Optional.empty(), k -> null);
    }

    @Test
    void runFillsRowsKeepsTheRunAndReopensIt() throws Exception {
        RunViewModel vm = vm(real());
        assertThat(vm.sampleSetProperty().get()).isEqualTo(pkgRoot.resolve("evals/samples.jsonl"));
        assertThat(vm.canRunProperty().get()).isTrue();
        vm.run();
        assertThat(vm.stateProperty().get()).isEqualTo(RunViewModel.State.DONE);
        long lines = Files.readAllLines(pkgRoot.resolve("evals/samples.jsonl")).stream()
                .filter(l -> !l.isBlank())
                .count();
        assertThat(vm.rows()).hasSize((int) lines);
        SampleRow s02 = vm.rows().stream()
                .filter(r -> r.sampleId().equals("s02"))
                .findFirst()
                .orElseThrow();
        assertThat(s02.result()).isEqualTo("0.778");
        // task_intent is a judge: model item without a judge, so the row is partial with its reason
        assertThat(s02.status()).isEqualTo(RowStatus.PARTIAL);
        assertThat(s02.reason()).contains("judge_unavailable");
        assertThat(vm.runProperty().get().dir()).isPresent();
        Path dir = vm.runProperty().get().dir().get();
        assertThat(dir.resolve("results.jsonl")).exists();
        assertThat(dir.resolve("traces.jsonl")).exists();
        assertThat(dir.resolve("summary.json")).exists();
        assertThat(vm.keptRuns()).hasSize(1);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);

        RunViewModel other = vm(real());
        other.open(dir.resolve("traces.jsonl"));
        assertThat(other.rows()).containsExactlyElementsOf(vm.rows());
        assertThat(other.runProperty().get().summary())
                .isEqualTo(vm.runProperty().get().summary());
        assertThat(other.runProperty().get().warnings()).isEmpty();
    }

    @Test
    void cancelKeepsFinishedSamplesAndSaysCancelled() {
        AtomicReference<RunViewModel> self = new AtomicReference<>();
        RunGateway cancelAfterThree = (request, keep, listener, cancel) -> real().run(
                        request,
                        keep,
                        (r, done, total) -> {
                            listener.sampleDone(r, done, total);
                            if (done == 3) {
                                self.get().cancel();
                            }
                        },
                        cancel);
        RunViewModel vm = vm(cancelAfterThree);
        self.set(vm);
        vm.threadsProperty().set(1);
        vm.run();
        assertThat(vm.stateProperty().get()).isEqualTo(RunViewModel.State.CANCELLED);
        assertThat(vm.runProperty().get().summary().cancelled()).isTrue();
        // the worker may have started a few more samples before the cancel was seen; they finish and are kept
        var summary = vm.runProperty().get().summary();
        assertThat(vm.rows().size()).isGreaterThanOrEqualTo(3);
        assertThat(summary.notStarted()).isPositive();
        assertThat(vm.rows().size() + summary.notStarted()).isEqualTo(summary.samples());
        assertThat(vm.messageProperty().get()).startsWith("Cancelled");
    }

    @Test
    void rerunRepeatsTheConfigurationOnTheCurrentFiles() throws Exception {
        RunViewModel vm = vm(real());
        assertThat(vm.canRerunProperty().get()).isFalse();
        vm.run();
        Path first = vm.runProperty().get().dir().orElseThrow();
        vm.sampleSetProperty().set(null);
        vm.rerun();
        assertThat(vm.runProperty().get().dir().orElseThrow()).isNotEqualTo(first);
        assertThat(vm.sampleSetProperty().get()).isEqualTo(pkgRoot.resolve("evals/samples.jsonl"));
        assertThat(vm.keptRuns()).hasSize(2);
    }

    @Test
    void runOneSampleAgainReplacesItsRowOnly() {
        RunViewModel vm = vm(real());
        vm.run();
        int before = vm.rows().size();
        SampleRow old = vm.rows().get(1);
        vm.runSample(old.sampleId());
        assertThat(vm.rows()).hasSize(before);
        assertThat(vm.rows().get(1).sampleId()).isEqualTo(old.sampleId());
        assertThat(vm.rows().get(1).result()).isEqualTo(old.result());
        assertThat(vm.messageProperty().get()).contains(old.sampleId() + " run again");
    }

    @Test
    void runOneSampleAgainRewritesTheKeptRun() throws Exception {
        RunViewModel vm = vm(real());
        vm.run();
        Path dir = vm.runProperty().get().dir().orElseThrow();
        SampleRow before = row(vm, "s02");
        // The response of s02 is now a disclaimer-free one-liner: its score changes.
        Path samples = pkgRoot.resolve("evals/samples.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(samples));
        int at = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).contains("\"s02\""))
                .findFirst()
                .orElseThrow();
        lines.set(at, "{\"id\": \"s02\", \"prompt\": \"Say hi.\", \"response\": \"Hi.\"}");
        Files.write(samples, lines);

        vm.runSample("s02");

        SampleRow after = row(vm, "s02");
        assertThat(after.result()).isNotEqualTo(before.result());
        assertThat(vm.messageProperty().get()).contains("written to the kept run");
        RunViewModel reopened = vm(real());
        reopened.open(dir);
        assertThat(row(reopened, "s02")).isEqualTo(after);
        assertThat(reopened.runProperty().get().summary())
                .isEqualTo(vm.runProperty().get().summary());
        assertThat(reopened.runProperty().get().meta())
                .isEqualTo(vm.runProperty().get().meta());
        assertThat(reopened.runProperty()
                        .get()
                        .trace("s02")
                        .orElseThrow()
                        .responses()
                        .get(0)
                        .text())
                .isEqualTo("Hi.");
    }

    @Test
    void theChoicesReachTheServiceAndTheRunsNote() throws Exception {
        Path pairs = tmp.resolve("pairs.jsonl");
        try (var in = Files.lines(
                SharedData.require("judgebench/dataset=judgebench,response_model=gpt-4o-2024-05-13.jsonl"))) {
            Files.write(pairs, in.limit(4).toList());
        }
        pkgRoot = SharedData.require("skillrm-packages/reward_judge_fair");
        pkg = new PackageLoader().load(pkgRoot).skillPackage().orElseThrow();
        RunViewModel vm = vm(real());
        vm.sampleSetProperty().set(pairs);
        vm.swapProperty().set(true);
        vm.strictSkillProperty().set(true);
        vm.run();

        assertThat(vm.stateProperty().get()).isEqualTo(RunViewModel.State.DONE);
        assertThat(vm.runProperty().get().summary().mode()).isEqualTo(EvalMode.PAIRWISE);
        assertThat(vm.rows()).hasSize(4).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RowStatus.UNSCORED);
            assertThat(r.reason()).contains("judge_unavailable");
            assertThat(r.expected()).isIn("A", "B");
        });
        RunMeta meta = RunFolderReader.readMeta(vm.runProperty().get().dir().orElseThrow())
                .orElseThrow();
        assertThat(meta.choices())
                .isEqualTo(new RunChoices(Optional.of(EvalMode.PAIRWISE), Optional.empty(), false, true, true, false));
    }

    @Test
    void swapOnAPointwiseRunIsRefusedBeforeAnySample() {
        RunViewModel vm = vm(real());
        vm.swapProperty().set(true);
        vm.run();
        assertThat(vm.stateProperty().get()).isEqualTo(RunViewModel.State.FAILED);
        assertThat(dialogs.errors).anyMatch(e -> e.contains("needs a pairwise run, this one is pointwise"));
        assertThat(vm.keptRuns()).isEmpty();
    }

    @Test
    void anInvalidPackageIsRefusedWithItsErrorsUnlessAllowed() {
        pkg = pkg.withFile(
                "resources.yaml",
                "resources:\n  - id: extra\n    path: rubrics/missing.md\n    type: rubric\n"
                        .getBytes(StandardCharsets.UTF_8));
        RunViewModel vm = vm(real());
        vm.run();
        assertThat(vm.stateProperty().get()).isEqualTo(RunViewModel.State.FAILED);
        assertThat(dialogs.errors)
                .anyMatch(e -> e.startsWith("Run refused")
                        && e.contains("validation error")
                        && e.contains("• resources.yaml"));
        assertThat(vm.messageProperty().get()).startsWith("Run refused");

        vm.allowInvalidProperty().set(true);
        vm.run();
        assertThat(vm.stateProperty().get()).isEqualTo(RunViewModel.State.DONE);
        assertThat(vm.messageProperty().get()).contains("fails validation").contains("allowInvalid");
        assertThat(vm.runProperty().get().results())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.provenance().toString()).contains("allowInvalid"));
    }

    private static SampleRow row(RunViewModel vm, String id) {
        return vm.rows().stream()
                .filter(r -> r.sampleId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFailingRunIsAStateAndAnError() {
        RunViewModel vm = vm((request, keep, listener, cancel) -> {
            throw new IllegalArgumentException("no YAML checklist resource with id 'x'");
        });
        vm.run();
        assertThat(vm.stateProperty().get()).isEqualTo(RunViewModel.State.FAILED);
        assertThat(dialogs.errors).anyMatch(e -> e.contains("no YAML checklist"));
    }

    @Test
    void aFolderThatIsNotARunIsAnErrorNotACrash() {
        RunViewModel vm = vm(real());
        vm.open(pkgRoot);
        assertThat(dialogs.errors).anyMatch(e -> e.contains("neither"));
        assertThat(vm.runProperty().get()).isNull();
    }

    @Test
    void progressTextSaysRateAndTimeLeft() {
        assertThat(RunProgressText.of(0, 10, 0)).isEqualTo("0 / 10 samples");
        assertThat(RunProgressText.of(50, 5000, 1_000_000_000L))
                .isEqualTo("50 / 5000 samples · 50.0/s · 1 min 39 s left");
    }
}

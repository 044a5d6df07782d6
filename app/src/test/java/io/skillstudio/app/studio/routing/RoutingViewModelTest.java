package io.skillstudio.app.studio.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.evaluator.routing.LazyEmbeddings;
import io.skillstudio.evaluator.routing.TextEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Routing tool window's state, without a screen: two hand-made skills, three samples. */
class RoutingViewModelTest {

    @TempDir
    Path tmp;

    private Path skills;
    private Path samples;

    @BeforeEach
    void files() throws IOException {
        skills = tmp.resolve("skills");
        skill("math_answers", "Grade math answers: extract the final numeric answer and compare with the reference.");
        skill("structured_output", "Check structured output: JSON validity, schema, required keys and formats.");
        samples = tmp.resolve("samples.jsonl");
        Files.writeString(
                samples,
                String.join(
                                "\n",
                                "{\"id\":\"m\",\"prompt\":\"Give the final numeric answer.\",\"response\":\"4\",\"expected_skill\":\"math_answers\"}",
                                "{\"id\":\"j\",\"prompt\":\"Return valid JSON with required keys.\",\"response\":\"{}\",\"expected_skill\":\"math_answers\"}",
                                "{\"id\":\"u\",\"prompt\":\"Hello\",\"response\":\"hi\"}",
                                "{broken")
                        + "\n");
    }

    private void skill(String name, String description) throws IOException {
        Path dir = skills.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("SKILL.md"), "---\nname: " + name + "\ndescription: \"" + description + "\"\n---\nBody.\n");
    }

    private RoutingViewModel vm(LazyEmbeddings embeddings) {
        RoutingViewModel vm = new RoutingViewModel(new CurrentThreadTaskExecutor(), embeddings, Runnable::run);
        vm.skillRoots().add(skills);
        vm.sampleSetProperty().set(samples);
        return vm;
    }

    @Test
    void routesTheSetSelectsTheFirstSampleAndReportsBadLines() {
        RoutingViewModel vm = vm(LazyEmbeddings.none());
        vm.route();

        assertThat(vm.reportProperty().get().samples()).isEqualTo(3);
        assertThat(vm.reportProperty().get().accuracy()).isEqualTo(0.5);
        assertThat(vm.selectedProperty().get().sampleId()).isEqualTo("m");
        assertThat(vm.selectedProperty().get().chosen()).isEqualTo("math_answers");
        assertThat(vm.problems()).singleElement().asString().contains("samples.jsonl:4");
        assertThat(vm.statusProperty().get()).contains("3 samples", "2 skills", "accuracy 50.0%");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void aConfusionCellListsItsSamplesAndASkillOpensItsSkillMd() {
        RoutingViewModel vm = vm(LazyEmbeddings.none());
        vm.route();

        vm.selectCell("math_answers", "structured_output");
        assertThat(vm.cellSamples()).extracting(d -> d.sampleId()).containsExactly("j");
        vm.select("j");
        assertThat(vm.selectedProperty().get().correct()).isFalse();
        assertThat(vm.skillMd("structured_output"))
                .contains(skills.resolve("structured_output").resolve("SKILL.md"));
    }

    @Test
    void routesAgainWithEmbeddingsWhenTheModelArrives() {
        CompletableFuture<Runnable> pending = new CompletableFuture<>();
        Executor later = pending::complete;
        TextEmbedder fake = text -> new float[] {text.contains("JSON") ? 1 : 0, text.contains("numeric") ? 1 : 0, 0.1f};
        RoutingViewModel vm = vm(new LazyEmbeddings(() -> fake, later));

        vm.route();
        assertThat(vm.reportProperty().get().embeddings()).isFalse();
        assertThat(vm.statusProperty().get()).contains("embeddings loading");

        pending.join().run(); // the model has loaded
        assertThat(vm.reportProperty().get().embeddings()).isTrue();
        assertThat(vm.selectedProperty().get().ranking().get(0).embedding()).isNotNull();
    }

    @Test
    void withoutSkillsOrSamplesItSaysWhatIsMissing() {
        RoutingViewModel vm =
                new RoutingViewModel(new CurrentThreadTaskExecutor(), LazyEmbeddings.none(), Runnable::run);
        vm.route();
        assertThat(vm.statusProperty().get()).startsWith("Choose skill folders and a sample set");
        assertThat(vm.reportProperty().get()).isNull();
    }
}

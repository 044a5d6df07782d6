package io.skillstudio.app.studio.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.evaluator.sample.SampleFormat;
import io.skillstudio.evaluator.testsupport.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFileViewModelTest {

    @TempDir
    Path tmp;

    private final SampleFileViewModel vm = new SampleFileViewModel(new CurrentThreadTaskExecutor());

    @Test
    void judgeBenchPairsShowAsEvalReadsThem() {
        Path file = SharedData.require("judgebench/dataset=judgebench,response_model=gpt-4o-2024-05-13.jsonl");
        vm.load(file, Optional.empty());
        assertThat(vm.rows()).hasSize(350);
        assertThat(vm.errors()).isEmpty();
        var first = vm.rows().get(0);
        assertThat(SampleFileViewModel.cell(first, SampleColumn.ID)).isEqualTo("e302b0a0-28d5-5a3c-b1af-fedcf5543e72");
        assertThat(SampleFileViewModel.cell(first, SampleColumn.PROMPT)).startsWith("A college student initiated");
        assertThat(SampleFileViewModel.cell(first, SampleColumn.RESPONSES))
                .contains(SampleSetViewModel.RESPONSE_SEPARATOR);
        assertThat(SampleFileViewModel.cell(first, SampleColumn.EXPECTED)).isIn("A", "B");
        assertThat(vm.bannerProperty().get())
                .contains("JudgeBench (detected)")
                .contains("350 samples")
                .contains("read-only");
    }

    @Test
    void ifBenchArrayShowsEveryPairWithItsPlacedLabel() {
        vm.load(SharedData.require("thukeg-ifbench/data.converted.json"), Optional.empty());
        assertThat(vm.rows()).hasSize(444);
        assertThat(vm.rows()).allSatisfy(s -> assertThat(s.responses()).hasSize(2));
        assertThat(vm.rows().stream()
                        .map(s -> SampleFileViewModel.cell(s, SampleColumn.EXPECTED))
                        .distinct())
                .containsExactlyInAnyOrder("A", "B");
        assertThat(vm.bannerProperty().get()).contains("IFBench (detected)").contains("chosen one placed by seed 0");
    }

    @Test
    void rewardBench2RowsShowFourCandidatesAndABadRowIsListedNotDropped() throws Exception {
        Path file = tmp.resolve("rb2.jsonl");
        Files.writeString(file, """
                {"id": "l01", "prompt": "What is the capital of Australia?", "chosen": ["Canberra."], "rejected": ["Sydney.", "Melbourne.", "Perth."], "subset": "factuality"}
                {"id": "l02", "prompt": "2+2?", "chosen": "4", "rejected": [], "subset": "math"}
                """);
        vm.load(file, Optional.empty());
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.rows().get(0).responses()).hasSize(4).contains("Canberra.");
        String expected = SampleFileViewModel.cell(vm.rows().get(0), SampleColumn.EXPECTED);
        assertThat(vm.rows().get(0).responses().get(expected.charAt(0) - 'A')).isEqualTo("Canberra.");
        assertThat(vm.errors()).hasSize(1);
        assertThat(vm.errors().get(0).line()).isEqualTo(2);
        assertThat(vm.bannerProperty().get())
                .contains("RewardBench2 (detected)")
                .contains("1 not read");
    }

    @Test
    void aChosenFormatIsUsedAndAFileNoFormatFitsSaysWhy() throws Exception {
        Path file = tmp.resolve("odd.jsonl");
        Files.writeString(file, "{\"text\": \"hello\"}\n");
        vm.load(file, Optional.empty());
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.bannerProperty().get())
                .startsWith("Cannot read odd.jsonl")
                .contains("fit no known sample format");

        Path ours = tmp.resolve("ours.jsonl");
        Files.writeString(
                ours, "{\"id\": \"s1\", \"prompt\": \"p\", \"response\": \"r\", \"expected_skill\": \"x\"}\n");
        vm.load(ours, Optional.of(SampleFormat.JSONL));
        assertThat(SampleFileViewModel.cell(vm.rows().get(0), SampleColumn.EXPECTED_SKILL))
                .isEqualTo("x");
        assertThat(vm.bannerProperty().get())
                .contains("JSONL ·")
                .doesNotContain("detected")
                .contains("edited in the package");
    }

    @Test
    void benchmarkBuffersAreToldApartFromOurJsonl() {
        assertThat(SampleFiles.benchmarkFormat(
                        "a.jsonl",
                        "{\"pair_id\": \"p\", \"question\": \"q\", \"response_A\": \"a\","
                                + " \"response_B\": \"b\", \"label\": \"A>B\"}"))
                .contains(SampleFormat.JUDGEBENCH);
        assertThat(SampleFiles.benchmarkFormat("a.jsonl", "{\"id\": \"s\", \"response\": \"r\"}"))
                .isEmpty();
        assertThat(SampleFiles.isSampleSet("rubric.json", "{\"criteria\": []}")).isFalse();
        assertThat(SampleFiles.isSampleSet("data.json", "[{\"id\": 1, \"text_chosen\": [], \"text_rejected\": []}]"))
                .isTrue();
        assertThat(SampleFiles.isSampleSet("notes.jsonl", "not json")).isTrue();
    }
}

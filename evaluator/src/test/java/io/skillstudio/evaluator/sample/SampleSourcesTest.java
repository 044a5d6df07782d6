package io.skillstudio.evaluator.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillstudio.evaluator.testsupport.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSourcesTest {
    @TempDir
    Path tmp;

    Path file(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void pyRandomMatchesCPythonRandrangeForStringSeeds() {
        // Golden values from CPython 3.11: [random.Random(s).randrange(4) for 5 draws].
        PyRandom a = new PyRandom("0:a");
        assertThat(List.of(a.randrange(4), a.randrange(4), a.randrange(4), a.randrange(4), a.randrange(4)))
                .containsExactly(0, 3, 1, 3, 0);
        PyRandom b = new PyRandom("42:rb2-001");
        assertThat(List.of(b.randrange(4), b.randrange(4), b.randrange(4), b.randrange(4), b.randrange(4)))
                .containsExactly(2, 1, 0, 0, 1);
        PyRandom c = new PyRandom("7:日本");
        assertThat(List.of(c.randrange(4), c.randrange(4), c.randrange(4), c.randrange(4), c.randrange(4)))
                .containsExactly(0, 1, 0, 3, 1);
        assertThat(new PyRandom("0:x".repeat(50)).randrange(2)).isEqualTo(1);
        assertThat(new PyRandom("0:42").randrange(3)).isEqualTo(2);
        assertThat(new PyRandom("5:abc").randrange(4)).isEqualTo(1);
    }

    @Test
    void judgeBenchRowsKeepTheLabelAsExpectedAndNoGeneratingModel() throws Exception {
        Path bench = SharedData.require("judgebench/dataset=judgebench,response_model=gpt-4o-2024-05-13.jsonl");
        assertThat(SampleSources.detect(bench)).isEqualTo(SampleFormat.JUDGEBENCH);
        SampleSet set = SampleSources.read(bench, Optional.empty(), 0);
        assertThat(set.errors()).isEmpty();
        assertThat(set.samples()).hasSize(350);
        Sample first = set.samples().get(0);
        assertThat(first.id()).isEqualTo("e302b0a0-28d5-5a3c-b1af-fedcf5543e72");
        assertThat(first.responses()).hasSize(2);
        assertThat(first.expected().orElseThrow().verdict()).contains("A");
        assertThat(first.metadata())
                .containsEntry("benchmark", "JudgeBench")
                .containsEntry("source", "mmlu-pro-law")
                .doesNotContainKeys("response_model", "label");
        assertThat(set.samples().stream()
                        .filter(s -> s.expected()
                                .orElseThrow()
                                .verdict()
                                .orElseThrow()
                                .equals("A")))
                .hasSize(193);
    }

    @Test
    void ifBenchPlacesTheChosenReplyBySeedAndId() throws Exception {
        Path data = SharedData.require("thukeg-ifbench/data.converted.json");
        assertThat(SampleSources.detect(data)).isEqualTo(SampleFormat.IFBENCH);
        SampleSet set = SampleSources.read(data, Optional.empty(), 0);
        assertThat(set.errors()).isEmpty();
        assertThat(set.samples()).hasSize(444);
        // CPython: Random("0:94046").randrange(2) == 0, Random("0:77879").randrange(2) == 1.
        assertThat(set.samples().get(0).id()).isEqualTo("94046");
        assertThat(set.samples().get(0).expected().orElseThrow().value()).isEqualTo("A");
        assertThat(set.samples().get(1).expected().orElseThrow().value()).isEqualTo("B");
        assertThat(set.samples().get(0).prompt()).startsWith("What is Nextcloud");
        assertThat(set.samples().get(0).metadata()).containsEntry("domain", "level-3");
    }

    @Test
    void rewardBench2SwapsTheChosenIntoItsSeededPosition() throws Exception {
        Path rows = file(
                "rb2.jsonl",
                "{\"id\":\"42\",\"prompt\":\"p\",\"chosen\":[\"good\"],\"rejected\":[\"r1\",\"r2\",\"r3\",\"r4\"],\"subset\":\"Focus\"}\n"
                        + "{\"id\":\"rb2-1\",\"prompt\":\"p\",\"chosen\":\"good\",\"rejected\":[\"r1\",\"r2\",\"r3\"]}\n");
        SampleSet set = SampleSources.read(rows, Optional.empty(), 0);
        assertThat(set.errors()).isEmpty();
        // CPython: Random("0:42").randrange(4) == 0 and Random("0:rb2-1").randrange(4) == 0; with seed 5... below.
        assertThat(set.samples().get(0).responses()).containsExactly("good", "r1", "r2", "r3");
        assertThat(set.samples().get(0).metadata()).containsEntry("task_type", "Focus");
        Path other = file(
                "rb2b.jsonl",
                "{\"id\":\"abc\",\"prompt\":\"p\",\"chosen\":[\"good\"],\"rejected\":[\"r1\",\"r2\",\"r3\"]}\n");
        Sample s = SampleSources.read(other, Optional.of(SampleFormat.REWARDBENCH2), 5)
                .samples()
                .get(0);
        // CPython: Random("5:abc").randrange(4) == 1: chosen and candidate 1 trade places.
        assertThat(s.responses()).containsExactly("r1", "good", "r2", "r3");
        assertThat(s.expected().orElseThrow().index()).hasValue(1);
    }

    @Test
    void badRowsArePositionedErrorsAndTheOthersAreRead() throws Exception {
        Path rows = file(
                "jb.jsonl",
                "{\"pair_id\":\"1\",\"question\":\"q\",\"response_A\":\"a\",\"response_B\":\"b\",\"label\":\"A>B\"}\n"
                        + "{\"pair_id\":\"2\",\"question\":\"q\",\"response_A\":\"a\",\"response_B\":\"b\",\"label\":\"maybe\"}\n"
                        + "{not json\n"
                        + "{\"pair_id\":\"3\",\"question\":\"q\",\"response_A\":\"a\",\"label\":\"B>A\"}\n");
        SampleSet set = SampleSources.read(rows, Optional.empty(), 0);
        assertThat(set.samples()).extracting(Sample::id).containsExactly("1");
        assertThat(set.errors()).extracting(SampleError::line).containsExactly(2, 3, 4);
        assertThat(set.errors().get(0).message()).contains("'label' must be");
        assertThat(set.errors().get(2).message()).contains("'response_B' must be a string");
    }

    @Test
    void detectionNamesTheKeysWhenNothingOrSeveralFormatsFit() throws Exception {
        Path none = file("none.jsonl", "{\"foo\":1}\n");
        assertThatThrownBy(() -> SampleSources.detect(none))
                .isInstanceOf(SampleSources.UndetectedFormatException.class)
                .hasMessageContaining("[foo]")
                .hasMessageContaining("fit no known sample format")
                .hasMessageContaining("--samples-format");
        Path both = file(
                "both.jsonl",
                "{\"id\":\"1\",\"prompt\":\"p\",\"response\":\"r\",\"chosen\":[\"a\"],\"rejected\":[\"b\"]}\n");
        assertThatThrownBy(() -> SampleSources.detect(both))
                .hasMessageContaining("fit several formats")
                .hasMessageContaining("rewardbench2")
                .hasMessageContaining("jsonl");
        Path ours = file("ours.jsonl", "{\"id\":\"1\",\"response\":\"r\"}\n");
        assertThat(SampleSources.detect(ours)).isEqualTo(SampleFormat.JSONL);
        assertThat(SampleSources.read(ours, Optional.empty(), 0).samples()).hasSize(1);
    }
}

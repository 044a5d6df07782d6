package io.skillstudio.evaluator.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.checklist.ChecklistItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleReaderTest {

    static SampleSet read(String text) throws IOException {
        return SampleReader.read("s.jsonl", new StringReader(text));
    }

    @Test
    void readsPointwiseSampleWithIfevalChecklist() throws IOException {
        SampleSet set = read("""
                {"id": "p1", "prompt": "Write two words.", "response": "Hello there", "reference": "ref", \
                "checklist": {"instruction_id_list": ["length_constraints:number_words", "punctuation:no_comma", \
                "punctuation:no_comma"], "kwargs": [{"relation": "less than", "num_words": 3, "unused": null}, {}, null]}, \
                "metadata": {"source": "hand"}, "expected": 1.0, "expected_skill": "if"}
                """);

        assertThat(set.errors()).isEmpty();
        Sample s = set.samples().get(0);
        assertThat(s.id()).isEqualTo("p1");
        assertThat(s.line()).isEqualTo(1);
        assertThat(s.responses()).containsExactly("Hello there");
        assertThat(s.reference()).isEqualTo("ref");
        assertThat(s.metadata()).isEqualTo(Map.of("source", "hand"));
        assertThat(s.expected().orElseThrow().score()).hasValue(1.0);
        assertThat(s.expectedSkill()).contains("if");
        List<ChecklistItem> items = s.items();
        assertThat(items)
                .extracting(ChecklistItem::id)
                .containsExactly("length_constraints:number_words", "punctuation:no_comma", "punctuation:no_comma#2");
        assertThat(items.get(0).verifier()).contains("length_constraints:number_words");
        assertThat(items.get(0).params()).isEqualTo(Map.of("relation", "less than", "num_words", 3));
        assertThat(items.get(0).source()).isEqualTo("sample:p1");
    }

    @Test
    void readsPairwiseAndListwiseSamplesAndChecklistFormatItems() throws IOException {
        SampleSet set = read("""
                {"id": 7, "responses": ["a", "b"], "expected": "tie", \
                "checklist": {"items": [{"id": "x", "verifier": "fake.value", "params": {"v": 1}, "severity": "critical"}]}}

                {"id": "l", "responses": ["a", "b", "c"], "expected": "C"}
                """);

        assertThat(set.errors()).isEmpty();
        assertThat(set.samples()).extracting(Sample::id).containsExactly("7", "l");
        assertThat(set.samples().get(0).expected().orElseThrow().verdict()).contains("Tie");
        assertThat(set.samples().get(0).items())
                .singleElement()
                .satisfies(i -> assertThat(i.verifier()).contains("fake.value"));
        assertThat(set.samples().get(1).line()).isEqualTo(3);
        assertThat(set.samples().get(1).expected().orElseThrow().index()).hasValue(2);
    }

    @Test
    void acceptsIfevalStyleIdsAtTheTopLevel() throws IOException {
        SampleSet set = read(
                "{\"id\": \"k\", \"response\": \"r\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");

        assertThat(set.samples().get(0).items()).extracting(ChecklistItem::id).containsExactly("punctuation:no_comma");
    }

    @Test
    void malformedLinesYieldPositionedErrorsAndTheOthersAreRead() throws IOException {
        SampleSet set = read("""
                {"id": "ok1", "response": "fine"}
                {"id": "broken", "response": "no closing quote}
                [1, 2]
                {"id": "t", "response": 42}
                {"response": "no id"}
                {"id": "k", "response": "r", "checklist": {"instruction_id_list": ["a", "b"], "kwargs": [{}]}}
                {"id": "ok1", "response": "duplicate"}
                {"id": "c", "response": "r", "checklist": {"items": [{"id": "x"}]}}
                {"id": "z", "response": "r"} trailing
                {"id": "ok2", "response": "fine", "expected": [1]}
                {"id": "ok3", "response": "fine"}
                """);

        assertThat(set.samples()).extracting(Sample::id).containsExactly("ok1", "ok3");
        assertThat(set.errors()).extracting(SampleError::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(set.errors().get(0).message()).startsWith("invalid JSON");
        assertThat(set.errors().get(0).column()).isGreaterThan(20);
        assertThat(set.errors().get(2).message()).isEqualTo("'response' must be a string");
        assertThat(set.errors().get(2).column()).isEqualTo(13);
        assertThat(set.errors().get(4).message()).contains("aligned");
        assertThat(set.errors().get(5).message()).contains("duplicate sample id 'ok1'");
        assertThat(set.errors().get(6).message()).contains("'verifier: <id>' or 'judge: model'");
        assertThat(set.errors().get(0).toString()).startsWith("s.jsonl:2:");
    }

    @Test
    void sampleWithoutResponseIsReadSoTheRunCanMarkItInvalidInput() throws IOException {
        SampleSet set = read("{\"id\": \"empty\"}\n");

        assertThat(set.errors()).isEmpty();
        assertThat(set.samples().get(0).responses()).isEmpty();
    }

    @Test
    void toleratesAByteOrderMarkOnTheFirstLine() throws IOException {
        assertThat(read("\uFEFF{\"id\": \"a\", \"response\": \"x\"}\n").samples())
                .hasSize(1);
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"response\": \"x\"}\n");

        assertThat(SampleReader.read(file).samples()).hasSize(1);
    }

    @Test
    void anInvalidUtf8ByteCostsOnlyItsLineWhichIsReportedWithItsPosition(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"id\":\"a\",\"prompt\":\"p\",\"response\":\"caf\u00e9\"}\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"id\":\"b\",\"prompt\":\"p\",\"response\":\"x".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.write("\"}\n{\"id\":\"c\",\"prompt\":\"p\",\"response\":\"r\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("s.jsonl");
        Files.write(file, bytes.toByteArray());

        SampleSet set = SampleReader.read(file);

        assertThat(set.samples()).extracting(Sample::id).containsExactly("a", "c");
        assertThat(set.samples().get(0).line()).isEqualTo(1);
        assertThat(set.samples().get(1).line()).isEqualTo(3);
        assertThat(set.errors()).hasSize(1);
        assertThat(set.errors().get(0).line()).isEqualTo(2);
        assertThat(set.errors().get(0).column()).isEqualTo(37);
        assertThat(set.errors().get(0).message()).contains("invalid UTF-8");
    }
}

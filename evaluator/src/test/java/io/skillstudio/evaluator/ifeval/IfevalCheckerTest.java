package io.skillstudio.evaluator.ifeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IfevalCheckerTest {

    @TempDir
    Path dir;

    @Test
    void malformedLinesArePositionedAndSkipped() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(
                input,
                String.join(
                        "\n",
                        "{\"key\": 1, \"prompt\": \"Say hi\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
                        "{not json",
                        "{\"key\": 3, \"prompt\": 5}",
                        "{\"key\": 4, \"prompt\": \"Write\u00e9\", \"instruction_id_list\": [\"nope:unknown\", \"startend:quotation\"], \"kwargs\": [{}, {}]}",
                        ""));
        Path responses = dir.resolve("resp.jsonl");
        Files.writeString(
                responses,
                "{\"prompt\": \"Say hi\", \"response\": \"hi there\"}\n[1]\n"
                        + "{\"prompt\": \"Write\u00e9\", \"response\": \"\\\"ok\\\"\"}\n");
        var in = IfevalFiles.readInputs(input);
        var rs = IfevalFiles.readResponses(responses);
        assertThat(in.rows()).hasSize(2);
        assertThat(in.errors()).hasSize(2);
        assertThat(in.errors().get(0)).startsWith(input + ":2: invalid JSON");
        assertThat(in.errors().get(1)).startsWith(input + ":3: ");
        assertThat(rs.errors()).singleElement().asString().startsWith(responses + ":2: ");

        IfevalChecker.Report report = new IfevalChecker(new IfevalEvaluator())
                .run(in.rows(), IfevalFiles.byPrompt(rs.rows()), dir.resolve("out"));
        assertThat(report.strict().prompts()).isEqualTo(2);
        assertThat(report.strict().instructions()).isEqualTo(3);
        assertThat(report.strict().instructionsFollowed()).isEqualTo(2);
        assertThat(report.problems()).singleElement().asString().contains("nope:unknown");
        List<String> lines = Files.readAllLines(dir.resolve("out").resolve(IfevalChecker.STRICT_FILE));
        assertThat(lines.get(0))
                .isEqualTo(
                        "{\"instruction_id_list\": [\"punctuation:no_comma\"], \"prompt\": \"Say hi\", "
                                + "\"response\": \"hi there\", \"follow_all_instructions\": true, \"follow_instruction_list\": [true]}");
        assertThat(lines.get(1)).contains("\"prompt\": \"Write\\u00e9\"").contains("[false, true]");
    }

    @Test
    void aHostileKwargsRegexEndsAsAnErrorForItsPromptAndTheRunGoesOn() throws IOException {
        IfevalInput hostile = new IfevalInput(
                11, "p1", List.of("keywords:existence"), List.of(Map.of("keywords", List.of("(a*)*\\1c"))));
        IfevalInput fine = new IfevalInput(12, "p2", List.of("punctuation:no_comma"), List.of(Map.of()));
        IfevalChecker.Report r = new IfevalChecker(new IfevalEvaluator())
                .run(List.of(hostile, fine), Map.of("p1", "a".repeat(64), "p2", "no commas here"), dir);
        assertThat(r.problems())
                .singleElement()
                .asString()
                .startsWith("key 11: keywords:existence (instruction 1)")
                .contains("verifier_budget");
        assertThat(r.strict().prompts()).isEqualTo(1);
        assertThat(r.strict().promptsFollowed()).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve(IfevalChecker.STRICT_FILE)))
                .singleElement()
                .asString()
                .contains("\"prompt\": \"p2\"");
    }

    @Test
    void fortyHostileKeywordsStopAtTheSamplesBudget() {
        // Each keyword is found (at "zz") within the per-match budget after a polynomial backtrack (5.9M reads on
        // 80 a's); forty of them together spend the sample's budget.
        List<String> keywords = Collections.nCopies(40, "a*a*a*c|zz");
        IfevalInput in = new IfevalInput(5, "p", List.of("keywords:existence"), List.of(Map.of("keywords", keywords)));
        IfevalEvaluator e = new IfevalEvaluator();
        IfevalEvaluator.PromptResult r = e.evaluate(e.prepare(in), "a".repeat(80) + " zz", false);
        assertThat(r.budgetExceeded()).get().asString().contains("the sample's regexes exceeded their budget");
    }

    @Test
    void outputsAreRenamedIntoPlaceSoAPlantedSymlinkIsReplacedNotWrittenThrough() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve(IfevalChecker.STRICT_FILE), victim);
        Files.createSymbolicLink(out.resolve(IfevalChecker.LOOSE_FILE), victim);
        IfevalInput in = new IfevalInput(1, "p", List.of("punctuation:no_comma"), List.of(Map.of()));
        new IfevalChecker(new IfevalEvaluator()).run(List.of(in), Map.of("p", "ok"), out);
        assertThat(victim).hasContent("keep me");
        assertThat(Files.isSymbolicLink(out.resolve(IfevalChecker.STRICT_FILE))).isFalse();
        assertThat(Files.readString(out.resolve(IfevalChecker.STRICT_FILE))).contains("\"prompt\": \"p\"");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(IfevalChecker.STRICT_FILE, IfevalChecker.LOOSE_FILE);
        }
    }

    @Test
    void missingResponseIsReportedNotFatal() throws IOException {
        IfevalInput in = new IfevalInput(7, "p", List.of("punctuation:no_comma"), List.of(Map.of()));
        IfevalChecker.Report r = new IfevalChecker(new IfevalEvaluator()).run(List.of(in), Map.of(), dir);
        assertThat(r.strict().prompts()).isZero();
        assertThat(r.problems()).singleElement().asString().contains("key 7");
    }

    @Test
    void rowsAndProblemsKeepInputOrderWhenEvaluatedInParallel() throws IOException {
        List<IfevalInput> inputs = new ArrayList<>();
        Map<String, String> responses = new HashMap<>();
        for (int k = 0; k < 400; k++) {
            String prompt = "prompt " + k;
            inputs.add(new IfevalInput(k, prompt, List.of("punctuation:no_comma"), List.of(Map.of())));
            if (k % 7 != 0) { // every 7th row has no response: a problem, in input order
                responses.put(prompt, k % 2 == 0 ? "no commas " + k : "a comma, " + k);
            }
        }
        IfevalChecker.Report r = new IfevalChecker(new IfevalEvaluator()).run(inputs, responses, dir);
        List<String> lines = Files.readAllLines(dir.resolve(IfevalChecker.LOOSE_FILE));
        List<Integer> skipped =
                IntStream.range(0, 400).filter(k -> k % 7 == 0).boxed().toList();
        List<Integer> written =
                IntStream.range(0, 400).filter(k -> k % 7 != 0).boxed().toList();
        assertThat(lines).hasSize(written.size());
        for (int i = 0; i < lines.size(); i++) {
            int k = written.get(i);
            assertThat(lines.get(i))
                    .contains("\"prompt\": \"prompt " + k + "\"")
                    .contains(k % 2 == 0 ? "[true]" : "[false]");
        }
        assertThat(r.problems()).hasSize(skipped.size());
        for (int i = 0; i < skipped.size(); i++) {
            assertThat(r.problems().get(i)).startsWith("key " + skipped.get(i) + ":");
        }
        assertThat(r.loose().promptsFollowed())
                .isEqualTo((int) written.stream().filter(k -> k % 2 == 0).count());
    }
}

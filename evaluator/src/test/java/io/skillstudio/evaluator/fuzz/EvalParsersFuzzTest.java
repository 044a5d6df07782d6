package io.skillstudio.evaluator.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.skillstudio.evaluator.checklist.ChecklistParser;
import io.skillstudio.evaluator.sample.SampleReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Jazzer targets for the evaluator's parsers of untrusted input (issue 8): checklist YAML and sample
 * JSONL. Any input ends as items and positioned problems (or per-line errors), never an exception.
 */
class EvalParsersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void checklistYaml(FuzzedDataProvider data) {
        ChecklistParser.parse(data.consumeRemainingAsString(), "fuzz.checklist.yaml");
    }

    @FuzzTest(maxDuration = "60s")
    void sampleJsonl(FuzzedDataProvider data) {
        try {
            SampleReader.read("fuzz.jsonl", new StringReader(data.consumeRemainingAsString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.skillstudio.evaluator.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.skillstudio.evaluator.sample.SampleReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** Jazzer target (issue 8): sample JSONL. Any text ends as samples and per-line errors, never an exception. */
class SampleJsonlFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void sampleJsonl(FuzzedDataProvider data) {
        try {
            SampleReader.read("fuzz.jsonl", new StringReader(data.consumeRemainingAsString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

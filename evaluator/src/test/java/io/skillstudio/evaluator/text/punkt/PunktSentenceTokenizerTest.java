package io.skillstudio.evaluator.text.punkt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PunktSentenceTokenizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PunktSentenceTokenizer punkt = PunktSentenceTokenizer.english();

    @Test
    void splitsPlainSentences() {
        assertThat(punkt.tokenize("Hello world. This is Mr. Smith. He left!"))
                .containsExactly("Hello world.", "This is Mr. Smith.", "He left!");
    }

    @Test
    void degenerateInputs() {
        assertThat(punkt.tokenize("")).isEmpty();
        assertThat(punkt.tokenize(" \n\t ")).isEmpty();
        assertThat(punkt.tokenize("!?")).containsExactly("!", "?");
        assertThat(punkt.tokenize("no period")).containsExactly("no period");
    }

    @Test
    void closingQuoteMovesBackIntoSentence() {
        assertThat(punkt.tokenize("He said \"Stop.\" Then he left."))
                .containsExactly("He said \"Stop.\"", "Then he left.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"parity/sentences-synthetic.jsonl", "parity/sentences-ifeval-gpt4.jsonl"})
    void matchesNltkOracle(String file) throws IOException {
        Path path = SharedData.require(file);
        List<String> mismatches = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(path)) {
            JsonNode row = JSON.readTree(line);
            String text = row.get("response").asText();
            List<String> expected = new ArrayList<>();
            row.get("sentences").forEach(n -> expected.add(n.asText()));
            List<String> actual = punkt.tokenize(text);
            rows++;
            if (!actual.equals(expected)) {
                mismatches.add(row.get("key").asText() + ": expected " + expected + "\n   actual " + actual);
                continue;
            }
            // spans are code points in the oracle
            List<PunktSentenceTokenizer.Span> spans = punkt.spans(text);
            for (int i = 0; i < spans.size(); i++) {
                JsonNode s = row.get("spans").get(i);
                int start = text.codePointCount(0, spans.get(i).start());
                int end = text.codePointCount(0, spans.get(i).end());
                if (start != s.get(0).asInt() || end != s.get(1).asInt()) {
                    mismatches.add(row.get("key").asText() + ": span " + i);
                }
            }
        }
        assertThat(rows).isGreaterThan(100);
        assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
    }
}

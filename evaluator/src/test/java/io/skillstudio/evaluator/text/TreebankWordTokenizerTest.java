package io.skillstudio.evaluator.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.ifeval.LooseVariants;
import io.skillstudio.evaluator.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written tokenizer against the regex chain it replaced, token for token. */
class TreebankWordTokenizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every character some rule looks at, in both cases, plus letters, digits and spaces. */
    private static final String ALPHABET = "aAbcdDmMsStTnNlLrReEvVyYiIwWgo09 \t\n\u00a0\u3000.,:;@#$%&?!*[](){}<>-'\"`"
            + "«“‘„»”’\u0130\u0131\u017f\u00e9\u0661\u2160\u00b2\u0301_\ud83d\ude00";

    private static final String[] WORDS = {
        "cannot",
        "CanNot",
        "d'ye",
        "gimme",
        "gonna",
        "gotta",
        "lemme",
        "more'n",
        "wanna",
        " 'tis",
        " 'Twas",
        "'tis",
        "'twas",
        "cannot'tis",
        "wanna 'twas",
        "don't",
        "I'm",
        "they'll",
        "we're",
        "you've",
        "CAN'T",
        "it's",
        "''",
        "``",
        "...",
        "--",
        "\"",
        "'",
        "'s ",
        "' ",
        "e.g.",
        "U.S.",
        "Mr.",
        "(\"",
        " ''",
        "'a ",
        "'x",
        "A.) ",
        ":5",
        ",a",
        "x:"
    };

    @Test
    void randomSentencesTokenizeLikeTheRegexChain() {
        Random r = new Random(3);
        for (int round = 0; round < 300_000; round++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + r.nextInt(12);
            for (int p = 0; p < parts; p++) {
                if (r.nextInt(3) == 0) {
                    b.append(WORDS[r.nextInt(WORDS.length)]);
                } else {
                    b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                }
            }
            String s = b.toString();
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            TreebankRegexReference.tokenizeSentence(s, expected);
            TreebankWordTokenizer.tokenizeSentence(s, actual);
            assertThat(actual).as(JSON.valueToTree(s).toString()).isEqualTo(expected);
        }
    }

    @Test
    void parityTextsAndLooseVariantsTokenizeLikeTheRegexChain() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.require("parity/sentences-ifeval-gpt4.jsonl"))) {
            texts.add(JSON.readTree(line).get("response").asText());
        }
        for (String line : Files.readAllLines(SharedData.require("parity/ifeval-util-vectors.jsonl"))) {
            var row = JSON.readTree(line);
            if (row.has("text")) {
                texts.add(row.get("text").asText());
            }
        }
        int n = 0;
        for (String t : texts) {
            for (var v : LooseVariants.of(t)) {
                assertThat(TreebankWordTokenizer.wordTokenize(v.text()))
                        .as(v.text())
                        .isEqualTo(TreebankRegexReference.wordTokenize(v.text()));
                n++;
            }
        }
        assertThat(n).isGreaterThan(5000);
    }

    /**
     * Where the regex chain was wrong: Java evaluates the look-behind of {@code \b} on the low
     * surrogate alone, so a supplementary letter (U+1D41A) did not count as a word character before
     * "lemme". Python's {@code \b} sees the whole code point: no boundary, no split.
     */
    @Test
    void supplementaryLetterBeforeContractionIsAWordCharacterAsInPython() {
        List<String> tokens = new ArrayList<>();
        TreebankWordTokenizer.tokenizeSentence("it's\ud835\udc1alemme", tokens);
        assertThat(tokens).containsExactly("it's\ud835\udc1alemme");
    }

    @Test
    void edgeCases() {
        assertThat(TreebankWordTokenizer.wordTokenize("")).isEmpty();
        assertThat(TreebankWordTokenizer.wordTokenize("   ")).isEmpty();
        assertThat(TreebankWordTokenizer.wordTokenize("I cannot go, can't I? \"Yes.\""))
                .containsExactly("I", "can", "not", "go", ",", "ca", "n't", "I", "?", "``", "Yes", ".", "''");
    }
}

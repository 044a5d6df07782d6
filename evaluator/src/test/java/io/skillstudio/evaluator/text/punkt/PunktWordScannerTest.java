package io.skillstudio.evaluator.text.punkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The hand-written scanner must tokenize exactly like NLTK's word-tokenizer regex. */
class PunktWordScannerTest {

    private static List<String> scan(String line) {
        List<String> out = new ArrayList<>();
        PunktWordScanner s = new PunktWordScanner(line);
        for (int e = s.next(); e >= 0; e = s.next()) {
            out.add(line.substring(s.start(), e));
        }
        return out;
    }

    private static List<String> regex(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = PunktLanguageVars.WORD_TOKENIZER.matcher(line);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void examples() {
        assertThat(scan("Mr. Smith, hi... -- x. . . y (a)")).isEqualTo(regex("Mr. Smith, hi... -- x. . . y (a)"));
        assertThat(scan("")).isEmpty();
    }

    @Test
    void agreesWithRegexOnRandomPunctuationSoup() {
        String alphabet = "ab1.,-!? \t\u00a0\"'()[]{}:;&#*@`\u2019\uD83D\uDE00";
        Random rnd = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(14);
            for (int k = 0; k < len; k++) {
                int at = rnd.nextInt(alphabet.length() - 1);
                char c = alphabet.charAt(at);
                sb.append(
                        Character.isHighSurrogate(c)
                                ? alphabet.substring(at, at + 2)
                                : Character.isLowSurrogate(c) ? "x" : String.valueOf(c));
            }
            String line = sb.toString();
            assertThat(scan(line)).as("'%s'", line).isEqualTo(regex(line));
        }
    }
}

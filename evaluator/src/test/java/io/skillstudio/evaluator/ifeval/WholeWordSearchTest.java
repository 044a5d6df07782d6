package io.skillstudio.evaluator.ifeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The literal whole-word scan against the Python {@code \bword\b} regex it replaces for forbidden_words. */
class WholeWordSearchTest {

    private static final String ALPHABET = "abKkSsıİſ\u212a _-'.\n1²é\u0301ǅǄǆ";

    @Test
    void agreesWithTheBoundaryRegexOnRandomText() {
        Random r = new Random(5);
        for (int round = 0; round < 50_000; round++) {
            String word = random(r, 1 + r.nextInt(3));
            String text = random(r, r.nextInt(30));
            WholeWordSearch s = WholeWordSearch.forLiteral(word);
            if (s == null) {
                continue;
            }
            List<int[]> found = KeywordInstructions.regex(word, true).spans(text, 1);
            int expected = found.isEmpty() ? -1 : found.get(0)[0];
            assertThat(s.find(text, 0)).as("%s in %s", word, text).isEqualTo(expected);
        }
    }

    @Test
    void regexWordsAndEmptyWordAreNotLiteral() {
        assertThat(WholeWordSearch.forLiteral("")).isNull();
        assertThat(WholeWordSearch.forLiteral("colou?r")).isNull();
        assertThat(WholeWordSearch.forLiteral("a.b")).isNull();
        assertThat(WholeWordSearch.forLiteral("\ud83d\ude00")).isNull();
        assertThat(WholeWordSearch.forLiteral("good day").find("A Good Day!", 0))
                .isEqualTo(2);
        assertThat(WholeWordSearch.forLiteral("day").find("daybreak", 0)).isEqualTo(-1);
    }

    private static String random(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}

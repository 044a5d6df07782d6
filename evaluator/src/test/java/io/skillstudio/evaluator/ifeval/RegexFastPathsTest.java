package io.skillstudio.evaluator.ifeval;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.python.regex.PyFlags;
import io.skillstudio.evaluator.python.regex.PyRegex;
import io.skillstudio.evaluator.python.regex.PyRegexException;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shortcuts around the IFEval regexes give exactly what the plain regex search gives. */
class RegexFastPathsTest {

    private static final String ALPHABET = "SsectionP.p.s* \n\t\u00a012\u0661x";

    @Test
    void sectionHeadersFromLiteralOccurrencesEqualTheRegexSearch() throws PyRegexException {
        Random r = new Random(13);
        String[] splitters = {"Section", "S", "ss", "SECTION X", "s."};
        for (int round = 0; round < 50_000; round++) {
            String splitter = splitters[r.nextInt(splitters.length)];
            String text = random(r, r.nextInt(40));
            PyRegex p = PyRegex.compile(FormatInstructions.MultipleSections.regex(splitter), 0);
            List<EvidenceSpan> expected = new ArrayList<>();
            for (int[] span : p.spans(text, Integer.MAX_VALUE)) {
                expected.add(new EvidenceSpan(span[0], span[1], "section header"));
            }
            assertThat(FormatInstructions.MultipleSections.headers(text, splitter))
                    .as("%s in %s", splitter, text)
                    .isEqualTo(expected);
        }
    }

    @Test
    void postscriptRegionEqualsTheRegexSearch() throws PyRegexException {
        Random r = new Random(17);
        for (String marker : new String[] {"P.S.", "P.P.S"}) {
            PyRegex p = PyRegex.compile(ContentInstructions.Postscript.regex(marker), PyFlags.MULTILINE);
            for (int round = 0; round < 30_000; round++) {
                String lower = PyText.lower(random(r, r.nextInt(30)));
                List<int[]> full = p.spans(lower, 1);
                String expected = full.isEmpty() ? "none" : full.get(0)[0] + "-" + full.get(0)[1];
                String actual = ContentInstructions.Postscript.find(lower, marker)
                        .map(m -> m.start() + "-" + m.end())
                        .orElse("none");
                assertThat(actual).as(lower).isEqualTo(expected);
            }
        }
    }

    @Test
    void dividerSplitEqualsTheRegexSplit() {
        Pattern rule = Pattern.compile(PyText.S + "?\\*\\*\\*" + PyText.S + "?");
        Random r = new Random(19);
        for (int round = 0; round < 50_000; round++) {
            String text = random(r, r.nextInt(30)).replace('p', '*').replace('s', '*');
            assertThat(LengthInstructions.splitOnDividers(text)).as(text).containsExactly(rule.split(text, -1));
        }
    }

    @Test
    void highlightsEqualTheRegexSearch() {
        Pattern single = Pattern.compile("\\*[^\\n*]*\\*");
        Pattern dbl = Pattern.compile("\\*\\*[^\\n*]*\\*\\*");
        Random r = new Random(23);
        for (int round = 0; round < 50_000; round++) {
            String text = random(r, r.nextInt(30)).replace('p', '*').replace('s', '*');
            for (int stars = 1; stars <= 2; stars++) {
                List<EvidenceSpan> expected = new ArrayList<>();
                Matcher m = (stars == 1 ? single : dbl).matcher(text);
                while (m.find()) {
                    if (!PyText.isBlank(text.substring(m.start() + stars, m.end() - stars))) {
                        expected.add(new EvidenceSpan(m.start(), m.end(), "h"));
                    }
                }
                List<EvidenceSpan> actual = new ArrayList<>();
                FormatInstructions.highlights(text, stars, actual, "h");
                assertThat(actual).as(text).isEqualTo(expected);
            }
        }
    }

    @Test
    void literalDetection() {
        assertThat(PyRegex.isLiteral("Section")).isTrue();
        assertThat(PyRegex.isLiteral("")).isFalse();
        assertThat(PyRegex.isLiteral("Sec.")).isFalse();
        assertThat(PyRegex.isLiteral("a\\d")).isFalse();
    }

    private static String random(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}

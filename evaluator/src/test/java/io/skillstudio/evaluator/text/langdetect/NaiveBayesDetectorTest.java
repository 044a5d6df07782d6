package io.skillstudio.evaluator.text.langdetect;

import static org.assertj.core.api.Assertions.assertThat;

import com.cybozu.labs.langdetect.util.NGram;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.ifeval.LooseVariants;
import io.skillstudio.evaluator.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link NaiveBayesDetector} against the Cybozu library: same languages, bit-identical probabilities. */
class NaiveBayesDetectorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Letters from the scripts the normaliser treats specially, plus spaces, digits and marks. */
    private static final String ALPHABET = "aAbBeEiIoOuUyYzZ  \u00e9\u00c9\u00e2\u00ab\u00a0\u0219\u021b\u06cc\u0628"
            + "\u1ea1\u1e00\u3042\u30a2\u3105\u4f7c\u6934\u4e00\uac00\u0430\u0416\u03b1\u05d0\u0915\u0e01"
            + "\u0300\u0301\u0303\u0309\u0323\u2019\u201c.,!?\n\t0123@:/_-http";

    @Test
    void lcgRandomDrawsEqualJavaUtilRandom() {
        for (long seed : new long[] {0L, 1L, -7L, 123456789L}) {
            Random expected = new Random(seed);
            Random actual = new LcgRandom(seed);
            for (int i = 0; i < 10_000; i++) {
                assertThat(actual.nextGaussian()).isEqualTo(expected.nextGaussian());
                assertThat(actual.nextInt(1 + i)).isEqualTo(expected.nextInt(1 + i));
                assertThat(actual.nextInt(1 << (i % 31))).isEqualTo(expected.nextInt(1 << (i % 31)));
            }
        }
    }

    @Test
    void characterNormalisationEqualsLibraryOnTheWholeBmp() {
        for (int c = 0; c < 0x10000; c++) {
            assertThat(CharNormalizer.normalize((char) c)).as("U+%04X", c).isEqualTo(NGram.normalize((char) c));
        }
    }

    @Test
    void ngramWindowAndVietnameseEqualLibraryOnRandomText() {
        Random r = new Random(7);
        for (int round = 0; round < 3000; round++) {
            String s = random(r, 1 + r.nextInt(60));
            assertThat(CharNormalizer.composeVietnamese(s)).isEqualTo(NGram.normalize_vi(s));
            NGram lib = new NGram();
            GramWindow mine = new GramWindow();
            for (int i = 0; i < s.length(); i++) {
                char c = CharNormalizer.normalize(s.charAt(i));
                lib.addChar(s.charAt(i));
                mine.add(c);
                for (int n = 1; n <= 3; n++) {
                    String g = lib.get(n);
                    long expected = g == null ? 0 : NgramTable.key(g);
                    assertThat(mine.key(n)).as("%s at %d n=%d", s, i, n).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void randomAndCraftedTextsGiveIdenticalProbabilities() {
        List<String> texts = new ArrayList<>(List.of(
                "",
                " ",
                "12345",
                "!!!",
                "http://example.com/a?b=c",
                "mail me: a.b@example.com now",
                "THE QUICK BROWN FOX",
                "Tiếng Việt có dấu",
                "Tie\u0301ng Vie\u0323\u0302t",
                "日本語のテキストです",
                "한국어 텍스트",
                "Привет, мир",
                "x".repeat(12000)));
        Random r = new Random(11);
        for (int i = 0; i < 400; i++) {
            texts.add(random(r, 1 + r.nextInt(300)));
        }
        assertSame(texts);
    }

    @Test
    void parityTextsGpt4ResponsesAndLooseVariantsGiveIdenticalProbabilities() throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        for (String line : Files.readAllLines(SharedData.require("parity/sentences-ifeval-gpt4.jsonl"))) {
            texts.add(JSON.readTree(line).get("response").asText());
        }
        for (String line : Files.readAllLines(SharedData.require("parity/ifeval-util-vectors.jsonl"))) {
            JsonNode row = JSON.readTree(line);
            if (row.has("text")) {
                texts.add(row.get("text").asText());
            }
        }
        List<String> all = new ArrayList<>();
        for (String t : texts) {
            all.add(t);
            LooseVariants.of(t).forEach(v -> all.add(v.text()));
        }
        assertSame(all);
        assertThat(all.size()).isGreaterThan(5000);
    }

    private static void assertSame(List<String> texts) {
        List<String> bad = new ArrayList<>();
        for (String t : texts) {
            List<String> expected = CybozuReference.ranked(t);
            List<NaiveBayesDetector.Language> got = NaiveBayesDetector.ranked(t, 0L);
            List<String> actual = null;
            if (got != null) {
                actual = new ArrayList<>();
                for (NaiveBayesDetector.Language l : got) {
                    actual.add(l.code() + ":" + l.probability());
                }
            }
            if (!Objects.equals(expected, actual)) {
                bad.add(t.substring(0, Math.min(60, t.length())) + " lib=" + expected + " mine=" + actual);
            }
        }
        assertThat(bad).as(String.join("\n", bad)).isEmpty();
    }

    private static String random(Random r, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}

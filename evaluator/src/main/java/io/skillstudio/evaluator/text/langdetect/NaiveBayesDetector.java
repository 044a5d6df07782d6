package io.skillstudio.evaluator.text.langdetect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * langdetect's detector (Naive Bayes over character 1-3-grams, estimated by random sampling), written
 * for speed with results identical to the Java library with the same profiles and seed: the same
 * text cleaning, the same n-gram sequence, and the same {@link Random} draws in the same order
 * (one Gaussian for the smoothing per trial, then one {@code nextInt} per sampled n-gram), with the
 * same floating-point operations in the same order. What differs is only the bookkeeping: each
 * text n-gram's probability vector is looked up once, up front, so the sampling loop touches
 * nothing but primitive arrays.
 */
public final class NaiveBayesDetector {

    private static final int TRIALS = 7;
    private static final double ALPHA = 0.5;
    private static final double ALPHA_WIDTH = 0.05;
    private static final int ITERATION_LIMIT = 1000;
    private static final double CONVERGED = 0.99999;
    private static final double REPORT_THRESHOLD = 0.1;
    private static final int BASE_FREQ = 10000;
    private static final int MAX_TEXT_LENGTH = 10000;
    private static final Pattern URL = Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]{1,2076}");
    private static final Pattern MAIL =
            Pattern.compile("[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}");

    /**
     * Per-thread work arrays: a fresh text copy and n-gram list per call (up to 10,000 chars and
     * 30,000 references) cost more in allocation and zeroing than the extraction itself.
     */
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private static final class Buffers {
        private char[] chars = new char[0];
        private double[][] grams = new double[0][];

        char[] chars(int n) {
            if (chars.length < n) {
                chars = new char[Math.max(n, Math.min(2 * chars.length, MAX_TEXT_LENGTH))];
            }
            return chars;
        }

        double[][] grams(int n) {
            if (grams.length < n) {
                grams = new double[Math.max(n, Math.min(2 * grams.length, 3 * MAX_TEXT_LENGTH))][];
            }
            return grams;
        }
    }

    private NaiveBayesDetector() {}

    /** One language and its averaged probability. */
    /** Loads the language profiles now (they load on first use otherwise); idempotent and thread safe. */
    public static void loadProfiles() {
        LangProfiles.rows();
    }

    public record Language(String code, double probability) {}

    /** The best language, "unknown" when none reaches 0.1, or null when the text has no n-gram feature. */
    public static String detect(String text, long seed) {
        double[] p = probabilities(text, seed);
        if (p == null) {
            return null;
        }
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            // Strictly greater: on a tie the earlier language in profile order wins, as in the library.
            if (p[i] > REPORT_THRESHOLD && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return best < 0 ? "unknown" : LangProfiles.LANGUAGES.get(best);
    }

    /** Languages above 0.1, most probable first (ties in profile order); null without features. */
    public static List<Language> ranked(String text, long seed) {
        double[] p = probabilities(text, seed);
        if (p == null) {
            return null;
        }
        List<Language> out = new ArrayList<>();
        for (int j = 0; j < p.length; j++) {
            if (p[j] > REPORT_THRESHOLD) {
                int at = 0;
                while (at < out.size() && out.get(at).probability() >= p[j]) {
                    at++;
                }
                out.add(at, new Language(LangProfiles.LANGUAGES.get(j), p[j]));
            }
        }
        return out;
    }

    /** The per-language probabilities averaged over the trials, or null without features. */
    static double[] probabilities(String text, long seed) {
        Buffers b = BUFFERS.get();
        char[] prepared = b.chars(Math.min(text.length(), MAX_TEXT_LENGTH));
        int length = prepare(text, prepared);
        double[][] grams = b.grams(length * 3);
        int count = ngramVectors(prepared, length, grams);
        if (count == 0) {
            return null;
        }
        int langs = LangProfiles.LANGUAGES.size();
        double[] total = new double[langs];
        double[] prob = new double[langs];
        Random random = new LcgRandom(seed);
        for (int t = 0; t < TRIALS; t++) {
            Arrays.fill(prob, 1.0 / langs);
            double weight = (ALPHA + random.nextGaussian() * ALPHA_WIDTH) / BASE_FREQ;
            for (int i = 0; ; i++) {
                double[] word = grams[random.nextInt(count)];
                for (int j = 0; j < langs; j++) {
                    prob[j] *= weight + word[j];
                }
                if (i % 5 == 0 && (normalize(prob) > CONVERGED || i >= ITERATION_LIMIT)) {
                    break;
                }
            }
            for (int j = 0; j < langs; j++) {
                total[j] += prob[j] / TRIALS;
            }
        }
        return total;
    }

    /**
     * Divides by the sum in place and returns the largest share. The sum keeps the library's order
     * (floating-point addition is not associative); the division and the maximum are per element and
     * exact, so they are written as separate loops the JIT can vectorise. Math.max differs from the
     * library's {@code if (max < p)} only for NaN (a sum of 0), where both fail the convergence test.
     */
    private static double normalize(double[] prob) {
        double sum = 0;
        for (double p : prob) {
            sum += p;
        }
        for (int i = 0; i < prob.length; i++) {
            prob[i] = prob[i] / sum;
        }
        double max = 0;
        for (double p : prob) {
            max = Math.max(max, p);
        }
        return max;
    }

    /**
     * The library's text preparation in one pass: URLs and e-mail addresses become spaces,
     * Vietnamese pairs are composed, of two spaces in a row the second is dropped, only the first
     * 10,000 units (after composition) are read; then, when non-Latin letters outnumber ASCII
     * letters more than twice, the ASCII letters ({@code A..z}) are dropped. Returns the length used
     * in {@code out}, which must hold {@code min(text.length(), 10000)} chars.
     */
    static int prepare(String text, char[] out) {
        // The regexes can only match around "http" / "@"; skipping them otherwise changes nothing.
        if (text.contains("http")) {
            text = URL.matcher(text).replaceAll(" ");
        }
        if (text.indexOf('@') >= 0) {
            text = MAIL.matcher(text).replaceAll(" ");
        }
        int len = 0;
        int latin = 0;
        int nonLatin = 0;
        char pre = 0;
        int n = text.length();
        for (int i = 0, k = 0; i < n && k < MAX_TEXT_LENGTH; k++) {
            char c = text.charAt(i);
            int composed = i + 1 < n ? CharNormalizer.composed(c, text.charAt(i + 1)) : -1;
            if (composed >= 0) {
                c = (char) composed;
                i += 2;
            } else {
                i++;
            }
            if (c != ' ' || pre != ' ') {
                out[len++] = c;
                if (c >= 'A' && c <= 'z') {
                    latin++;
                } else if (c >= '\u0300' && (c < '\u1e00' || c > '\u1eff')) { // not Latin Extended Additional
                    nonLatin++;
                }
            }
            pre = c;
        }
        if (latin * 2 >= nonLatin) {
            return len;
        }
        int kept = 0;
        for (int i = 0; i < len; i++) {
            char c = out[i];
            if (c < 'A' || c > 'z') {
                out[kept++] = c;
            }
        }
        return kept;
    }

    /**
     * Stores the probability vectors of the text's known 1-3-grams in {@code out} (at most three per
     * char), in the library's extraction order, and returns how many there are.
     */
    static int ngramVectors(char[] text, int length, double[][] out) {
        int size = 0;
        GramWindow window = new GramWindow();
        NgramTable table = LangProfiles.TABLE;
        for (int i = 0; i < length; i++) {
            window.add(CharNormalizer.normalize(text[i]));
            if (window.capitalWord()) {
                continue; // no n-gram inside an all-capitals word
            }
            int v = window.unigram();
            if (v >= 0) {
                out[size++] = LangProfiles.vector(v);
            }
            for (int n = 2; n <= window.length(); n++) {
                int ascii = window.asciiIndex(n);
                v = ascii >= 0 ? LangProfiles.ASCII_ROWS[ascii] : table.row(window.key(n));
                if (v >= 0) {
                    out[size++] = LangProfiles.vector(v);
                }
            }
        }
        return size;
    }
}

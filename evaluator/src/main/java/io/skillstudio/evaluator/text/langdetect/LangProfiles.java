package io.skillstudio.evaluator.text.langdetect;

import java.util.Arrays;
import java.util.List;

/**
 * Python langdetect 1.0.9's 55 language profiles (bundled under text/langdetect-profiles, read by
 * {@link ProfileReader}), turned into langdetect's word → probability vectors: for an n-gram of
 * length n in language L, its count in L's profile divided by L's total number of n-grams of that
 * length. Languages keep the list
 * order, which decides ties exactly as in the library.
 */
final class LangProfiles {

    /** Language codes in profile order (index = position in every probability vector). */
    static final List<String> LANGUAGES = List.of("af", "ar", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en",
            "es", "et", "fa", "fi", "fr", "gu", "he", "hi", "hr", "hu", "id", "it", "ja", "kn", "ko", "lt", "lv",
            "mk", "ml", "mr", "ne", "nl", "no", "pa", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sv", "sw",
            "ta", "te", "th", "tl", "tr", "uk", "ur", "vi", "zh-cn", "zh-tw");

    /** The 55 profiles hold about 88k distinct 1-3-grams; the table (262,144 slots) stays about a third full. */
    static final NgramTable TABLE = new NgramTable(100_000, LANGUAGES.size());

    /** Rows of the 1-grams by their single UTF-16 unit (-1: none), so the commonest lookup needs no hashing. */
    static final int[] UNIGRAMS = new int[0x10000];

    /**
     * Spaces and ASCII letters get codes 0..52, so a 2- or 3-gram of them indexes a small array
     * (148,877 + 2,809 ints, cache-friendly) instead of the hash table: English text, the common
     * case, then needs no hashing at all.
     */
    static final int ASCII_CODES = 53;
    static final int ASCII_BIGRAMS = ASCII_CODES * ASCII_CODES;
    /** Rows of the all-ASCII 2-grams (first {@link #ASCII_BIGRAMS} entries), then 3-grams; -1: none. */
    static final int[] ASCII_ROWS = new int[ASCII_BIGRAMS + ASCII_BIGRAMS * ASCII_CODES];

    /** The code of a space or ASCII letter, else -1. */
    static int asciiCode(char c) {
        if (c == ' ') {
            return 0;
        }
        if (c >= 'A' && c <= 'Z') {
            return 1 + c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return 27 + c - 'a';
        }
        return -1;
    }

    /** The probability vectors by row (see {@link NgramTable}). */
    static final double[][] ROWS;

    static {
        Arrays.fill(UNIGRAMS, -1);
        Arrays.fill(ASCII_ROWS, -1);
        List<ProfileReader.Profile> profiles = ProfileReader.readBundled(LANGUAGES);
        for (int lang = 0; lang < profiles.size(); lang++) {
            load(profiles.get(lang), lang);
        }
        TABLE.trim();
        ROWS = TABLE.rows();
    }

    private LangProfiles() {}

    /** Adds one profile's 1-3-grams to the table, in the file's order (row numbers stay deterministic). */
    private static void load(ProfileReader.Profile profile, int lang) {
        String[] grams = profile.grams();
        long[] counts = profile.counts();
        long[] nWords = profile.nWords();
        int size = profile.size();
        for (int i = 0; i < size; i++) {
            int n = grams[i].length();
            // Longer keys never match a text n-gram (at most three units), so they are left out.
            if (n >= 1 && n <= 3) {
                int row = TABLE.rowOrCreate(NgramTable.key(grams[i]));
                TABLE.set(row, lang, (double) counts[i] / nWords[n - 1]);
                if (n == 1) {
                    UNIGRAMS[grams[i].charAt(0)] = row;
                } else {
                    int index = asciiIndex(grams[i]);
                    if (index >= 0) {
                        ASCII_ROWS[index] = row;
                    }
                }
            }
        }
    }

    /** {@link GramWindow#asciiIndex} for a profile 2- or 3-gram, or -1. */
    private static int asciiIndex(String gram) {
        int index = 0;
        for (int k = 0; k < gram.length(); k++) {
            int code = asciiCode(gram.charAt(k));
            if (code < 0) {
                return -1;
            }
            index = index * ASCII_CODES + code;
        }
        return gram.length() == 2 ? index : ASCII_BIGRAMS + index;
    }
}

package io.skillstudio.evaluator.text.langdetect;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.List;

/**
 * Python langdetect 1.0.9's 55 language profiles (bundled under text/langdetect-profiles, loaded in
 * the compact form {@link ProfileTable} the build makes from them), turned into langdetect's word →
 * probability vectors: for an n-gram of length n in language L, its count in L's profile divided by
 * L's total number of n-grams of that length. Languages keep the list order, which decides ties
 * exactly as in the library.
 */
final class LangProfiles {

    /** Language codes in profile order (index = position in every probability vector). */
    static final List<String> LANGUAGES = ProfileTable.LANGUAGES;

    /** The 55 profiles hold about 88k distinct 1-3-grams; the table (262,144 slots) stays about a third full. */
    static final NgramTable TABLE = new NgramTable(100_000);

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

    /** The profiles in their compact form: the source of every vector. */
    private static final ProfileTable PROFILES;

    /**
     * The probability vectors by row, made on first use ({@link #vector}): a text touches a few
     * thousand of the 88k rows, and all of them expanded (55 doubles each) were 38 MB that every cold
     * run allocated and the first garbage collections copied (docs/benchmarks.md).
     */
    private static final double[][] VECTORS;

    private static final VarHandle VECTOR = MethodHandles.arrayElementVarHandle(double[][].class);

    static {
        Arrays.fill(UNIGRAMS, -1);
        Arrays.fill(ASCII_ROWS, -1);
        PROFILES = ProfileTable.bundled();
        for (int r = 0; r < PROFILES.rows(); r++) {
            long key = PROFILES.keys()[r];
            int row = TABLE.rowOrCreate(key);
            int n = (int) (key >>> 48);
            if (n == 1) {
                UNIGRAMS[(char) key] = row;
            } else {
                int index = asciiIndex(key, n);
                if (index >= 0) {
                    ASCII_ROWS[index] = row;
                }
            }
        }
        VECTORS = new double[TABLE.size()][];
    }

    /** Number of rows (distinct n-grams of the profiles). */
    static int rows() {
        return VECTORS.length;
    }

    /**
     * The probability vector of {@code row}, by language index. Thread safe: two threads may both
     * expand a row the first time, into equal arrays; the release/acquire pair publishes it whole.
     */
    static double[] vector(int row) {
        double[] v = (double[]) VECTOR.getAcquire(VECTORS, row);
        if (v == null) {
            v = PROFILES.vector(row);
            VECTOR.setRelease(VECTORS, row, v);
        }
        return v;
    }

    private LangProfiles() {}

    /** {@link GramWindow#asciiIndex} for a profile 2- or 3-gram given by its key ({@link NgramTable#key}), or -1. */
    private static int asciiIndex(long key, int n) {
        int index = 0;
        for (int k = n - 1; k >= 0; k--) {
            int code = asciiCode((char) (key >>> (16 * k)));
            if (code < 0) {
                return -1;
            }
            index = index * ASCII_CODES + code;
        }
        return n == 2 ? index : ASCII_BIGRAMS + index;
    }
}

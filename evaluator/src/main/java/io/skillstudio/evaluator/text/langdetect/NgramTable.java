package io.skillstudio.evaluator.text.langdetect;

/**
 * The profiles' n-gram → per-language probability map, keyed by the n-gram packed into a long (up to
 * three UTF-16 units and the length) in an open-addressing table, so a lookup hashes no String.
 */
final class NgramTable {

    private final long[] keys;
    private final double[][] values;
    private final int mask;
    private int size;

    NgramTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new double[cap][];
        mask = cap - 1;
    }

    /** Key of the last {@code n} (1..3) units of a gram buffer; 0 is never a key (length ≥ 1). */
    static long key(char a, char b, char c, int n) {
        return ((long) n << 48) | ((long) a << 32) | ((long) b << 16) | c;
    }

    static long key(String gram) {
        int n = gram.length();
        return key(n >= 3 ? gram.charAt(n - 3) : 0, n >= 2 ? gram.charAt(n - 2) : 0, gram.charAt(n - 1), n);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h >>> 40) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The array for {@code key}, created (all zero, {@code langs} long) on first use. */
    double[] getOrCreate(long key, int langs) {
        int i = slot(key);
        if (keys[i] == 0) {
            if (size * 2 >= keys.length) {
                throw new IllegalStateException("n-gram table sized too small");
            }
            keys[i] = key;
            values[i] = new double[langs];
            size++;
        }
        return values[i];
    }

    /** The probabilities for {@code key}, or null when no profile has the n-gram. */
    double[] get(long key) {
        return values[slot(key)];
    }
}

package io.skillstudio.evaluator.text.langdetect;

/**
 * The profiles' n-gram → row number map (the row of a probability vector, see {@link LangProfiles}).
 * An n-gram (up to three UTF-16 units and its length) is packed into a long; slots hold the key and
 * the row number side by side, so a lookup touches one cache line. Rows are numbered in the order
 * their keys are first added.
 */
final class NgramTable {

    /** {@code slots[2i]} = key (0 = empty), {@code slots[2i + 1]} = row. */
    private final long[] slots;

    private final int mask;
    private int size;

    NgramTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[2 * cap];
        mask = cap - 1;
    }

    /** Key of an n-gram given as its last {@code n} (1..3) units; 0 is never a key (length ≥ 1). */
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
        while (slots[2 * i] != 0 && slots[2 * i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The row of {@code key}, numbered on first use. Loading only; not thread safe. */
    int rowOrCreate(long key) {
        int i = slot(key);
        if (slots[2 * i] == 0) {
            if (size * 2 >= slots.length / 2) {
                throw new IllegalStateException("n-gram table sized too small");
            }
            slots[2 * i] = key;
            slots[2 * i + 1] = size++;
        }
        return (int) slots[2 * i + 1];
    }

    /** Number of rows. */
    int size() {
        return size;
    }

    /** The row of {@code key} in {@link #rows()}, or -1 when no profile has the n-gram. */
    int row(long key) {
        int i = slot(key);
        return slots[2 * i] == 0 ? -1 : (int) slots[2 * i + 1];
    }
}

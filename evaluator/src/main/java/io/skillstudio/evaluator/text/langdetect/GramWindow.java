package io.skillstudio.evaluator.text.langdetect;

/**
 * langdetect's sliding n-gram window over normalised characters: a space restarts it (a word
 * boundary is kept as a leading space), it holds at most three units, and inside an all-capitals
 * word (two upper-case letters in a row) it yields nothing, because acronyms carry no language signal.
 */
final class GramWindow {

    private final char[] grams = {' ', 0, 0};
    /** {@link LangProfiles#asciiCode} of each unit in {@code grams}, kept alongside. */
    private final int[] codes = {0, 0, 0};

    private int length = 1;
    private boolean capitalWord;

    void add(char c) {
        char last = grams[length - 1];
        if (last == ' ') {
            grams[0] = ' ';
            codes[0] = 0;
            length = 1;
            capitalWord = false;
            if (c == ' ') {
                return;
            }
        } else if (length >= 3) {
            grams[0] = grams[1];
            grams[1] = grams[2];
            codes[0] = codes[1];
            codes[1] = codes[2];
            length = 2;
        }
        codes[length] = LangProfiles.asciiCode(c);
        grams[length++] = c;
        if (isUpperCase(c)) {
            if (isUpperCase(last)) {
                capitalWord = true;
            }
        } else {
            capitalWord = false;
        }
    }

    private static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    boolean capitalWord() {
        return capitalWord;
    }

    /** The row of the last unit as a 1-gram, or -1 (a space, or not in any profile). */
    int unigram() {
        char c = grams[length - 1];
        return capitalWord || c == ' ' ? -1 : LangProfiles.UNIGRAMS[c];
    }

    /**
     * The index of the last {@code n} (2 or 3) units in {@link LangProfiles#ASCII_ROWS}, or -1 when one
     * of them is not a space or an ASCII letter (then {@link #key} and the hash table answer). The
     * caller has checked {@link #capitalWord()} and {@code length >= n}.
     */
    int asciiIndex(int n) {
        int a = codes[length - 1];
        int b = codes[length - 2];
        if (a < 0 || b < 0) {
            return -1;
        }
        if (n == 2) {
            return b * LangProfiles.ASCII_CODES + a;
        }
        int c = codes[length - 3];
        return c < 0
                ? -1
                : LangProfiles.ASCII_BIGRAMS + (c * LangProfiles.ASCII_CODES + b) * LangProfiles.ASCII_CODES + a;
    }

    int length() {
        return length;
    }

    /** The packed key of the last {@code n} units, or 0 when there is no such n-gram. */
    long key(int n) {
        if (capitalWord || length < n) {
            return 0;
        }
        char c = grams[length - 1];
        if (n == 1) {
            return c == ' ' ? 0 : NgramTable.key((char) 0, (char) 0, c, 1);
        }
        return NgramTable.key(n == 3 ? grams[length - 3] : 0, grams[length - 2], c, n);
    }
}

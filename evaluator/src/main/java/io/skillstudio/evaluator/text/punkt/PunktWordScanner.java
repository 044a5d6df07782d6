package io.skillstudio.evaluator.text.punkt;

import io.skillstudio.evaluator.python.PyText;

/**
 * A hand-written equivalent of {@link PunktLanguageVars#WORD_TOKENIZER}'s {@code findall} on one
 * line (no {@code \n} inside): multi-char punctuation, else a word that stops lazily before
 * whitespace, non-word punctuation, multi-char punctuation or a word-final comma, else one
 * non-space character. It runs for every candidate period, so it avoids the regex engine.
 */
final class PunktWordScanner {

    private static final String NOT_WORD_START = "(\"`{[:;&#*@)}]-,";

    private final String s;
    private final int end;
    private int pos;

    PunktWordScanner(String line) {
        this.s = line;
        this.end = line.length();
    }

    /** The next token's end offset (its start is {@link #start()}), or -1 when the line is done. */
    private int start;

    int start() {
        return start;
    }

    int next() {
        while (pos < end && PyText.isSpace(s.charAt(pos))) {
            pos++;
        }
        if (pos >= end) {
            return -1;
        }
        start = pos;
        int multi = multiCharAt(pos);
        if (multi > 0) {
            pos += multi;
            return pos;
        }
        char c = s.charAt(pos);
        if (NOT_WORD_START.indexOf(c) < 0) {
            int j = pos + 1;
            while (!wordEndsAt(j)) {
                j++;
            }
            pos = j;
            return pos;
        }
        pos += Character.charCount(s.codePointAt(pos));
        return pos;
    }

    /** The lookahead after {@code \S+?}: j is past a non-space char; true when the word ends here. */
    private boolean wordEndsAt(int j) {
        if (j >= end) {
            return true;
        }
        char c = s.charAt(j);
        if (PyText.isSpace(c)
                || PunktLanguageVars.NON_WORD_CHARS.indexOf(c) >= 0
                || ((c == '-' || c == '.') && multiCharAt(j) > 0)) {
            return true;
        }
        if (c == ',') {
            int k = j + 1;
            return k >= end
                    || PyText.isSpace(s.charAt(k))
                    || PunktLanguageVars.NON_WORD_CHARS.indexOf(s.charAt(k)) >= 0
                    || multiCharAt(k) > 0;
        }
        return false;
    }

    /** Length of {@code (?:-{2,}|\.{2,}|(?:\.\s){2,}\.)} matched at i, or 0. */
    private int multiCharAt(int i) {
        if (i + 1 >= end) {
            return 0;
        }
        char c = s.charAt(i);
        char d = s.charAt(i + 1);
        if (c == '-' && d == '-') {
            int j = i + 2;
            while (j < end && s.charAt(j) == '-') {
                j++;
            }
            return j - i;
        }
        if (c != '.') {
            return 0;
        }
        if (d == '.') {
            int j = i + 2;
            while (j < end && s.charAt(j) == '.') {
                j++;
            }
            return j - i;
        }
        // (?:\.\s){2,}\. : greedy pairs, then backtrack until a '.' follows (at least two pairs)
        int pairs = 0;
        int j = i;
        while (j + 1 < end && s.charAt(j) == '.' && PyText.isSpace(s.charAt(j + 1))) {
            pairs++;
            j += 2;
        }
        while (pairs >= 2) {
            int after = i + 2 * pairs;
            if (after < end && s.charAt(after) == '.') {
                return after + 1 - i;
            }
            pairs--;
        }
        return 0;
    }
}

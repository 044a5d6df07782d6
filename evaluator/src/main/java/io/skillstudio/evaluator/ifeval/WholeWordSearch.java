package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.python.regex.PyRegex;
import io.skillstudio.evaluator.text.JavaCaseFold;

/**
 * {@code re.search(r"\b" + word + r"\b", text, flags=re.IGNORECASE)} for a word without regex
 * metacharacters, as a plain scan. The look-around word boundary defeats java.util.regex's
 * optimisations (every position runs four look-arounds), which made forbidden_words cost up to
 * 2 ms per call; the scan compares chars with the same case folding as CASE_INSENSITIVE|UNICODE_CASE
 * and checks Python's Unicode {@code \b} ({@link PyText#isWord}, as {@link PyRegex} translates it) only
 * where the word occurs.
 */
final class WholeWordSearch {

    private final char[] folded;

    private WholeWordSearch(String word) {
        folded = new char[word.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(word.charAt(i));
        }
    }

    /** A scanner for {@code word}, or null when it must run as a regex (metacharacters, surrogates, empty). */
    static WholeWordSearch forLiteral(String word) {
        return PyRegex.isLiteral(word) ? new WholeWordSearch(word) : null;
    }

    /** Start of the first whole-word match at or after {@code from}, or -1. */
    int find(String text, int from) {
        int last = text.length() - folded.length;
        char first = folded[0];
        for (int i = from; i <= last; i++) {
            if (!same(text.charAt(i), first) || !matchesAt(text, i)) {
                continue;
            }
            int end = i + folded.length;
            if (boundary(text, i) && boundary(text, end)) {
                return i;
            }
        }
        return -1;
    }

    int length() {
        return folded.length;
    }

    private boolean matchesAt(String text, int i) {
        for (int k = 1; k < folded.length; k++) {
            if (!same(text.charAt(i + k), folded[k])) {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code \b} at {@code i}: word-ness differs on the two sides (text edges are non-word). */
    private static boolean boundary(String text, int i) {
        boolean before = i > 0 && PyText.isWord(text.codePointBefore(i));
        boolean after = i < text.length() && PyText.isWord(text.codePointAt(i));
        return before != after;
    }

    private static boolean same(char c, char foldedPatternChar) {
        return JavaCaseFold.matches(c, foldedPatternChar);
    }

    private static char fold(char c) {
        return JavaCaseFold.fold(c);
    }
}

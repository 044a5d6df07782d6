package io.skillstudio.evaluator.python.regex;

import io.skillstudio.evaluator.python.CodePointSet;
import io.skillstudio.evaluator.python.PyUnicode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * java.util.regex fragments that match exactly Python's Unicode {@code \w \s \d} and the word
 * boundaries built from them. Each class is Java's nearest category class plus and minus the code
 * points where CPython's Unicode 14 answer differs, computed once from the generated tables.
 */
final class PyCharClasses {

    static final String ASCII_WORD = "a-zA-Z0-9_";
    static final String ASCII_SPACE = " \\t\\n\\x{b}\\f\\r";
    static final String ASCII_DIGIT = "0-9";

    /** Java categories that make a word character: letters and the three number categories. */
    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER
            | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER
            | 1 << Character.MODIFIER_LETTER
            | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER
            | 1 << Character.LETTER_NUMBER
            | 1 << Character.OTHER_NUMBER;

    // Each class body is built on first use (holder classes), so a pattern without \w, \b or \d, such as
    // a plain IFEval keyword, never pays for the sweep over all code points.
    private static final class Word {
        static final String BODY = body(
                "\\p{L}\\p{Nd}\\p{Nl}\\p{No}_",
                PyUnicode.WORD,
                cp -> cp == '_' || (1 << Character.getType(cp) & WORD_TYPES) != 0);
    }

    private static final class Space {
        static final String BODY = rangesBody(PyUnicode.SPACE.ranges());
    }

    private static final class Digit {
        static final String BODY =
                body("\\p{Nd}", PyUnicode.DECIMAL, cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER);
    }

    private PyCharClasses() {}

    /** Python's Unicode {@code \\w} as a class body (without the outer brackets). */
    static String word() {
        return Word.BODY;
    }

    /** Python's Unicode {@code \\s} as a class body. */
    static String space() {
        return Space.BODY;
    }

    /** Python's Unicode {@code \\d} as a class body. */
    static String digit() {
        return Digit.BODY;
    }

    /** {@code base} corrected by the code points where {@code python} and {@code java} disagree. */
    private static String body(String base, CodePointSet python, IntPredicate java) {
        List<int[]> plus = new ArrayList<>();
        List<int[]> minus = new ArrayList<>();
        // One sweep with a cursor into Python's sorted ranges instead of a binary search per code point.
        List<int[]> ranges = python.ranges();
        int r = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            while (r < ranges.size() && ranges.get(r)[1] < cp) {
                r++;
            }
            boolean py = r < ranges.size() && ranges.get(r)[0] <= cp;
            if (py != java.test(cp)) {
                extend(py ? plus : minus, cp);
            }
        }
        // The corrections are a long list of ranges that Java would test one by one for every
        // non-word character; an intersection with their overall span rejects ASCII text at once.
        String out = plus.isEmpty()
                ? base
                : base + "[" + lit(plus.get(0)[0]) + "-" + lit(plus.get(plus.size() - 1)[1]) + "&&[" + rangesBody(plus)
                        + "]]";
        return minus.isEmpty() ? out : "[" + out + "]&&[^" + rangesBody(minus) + "]";
    }

    private static void extend(List<int[]> ranges, int cp) {
        int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
        if (last != null && last[1] == cp - 1) {
            last[1] = cp;
        } else {
            ranges.add(new int[] {cp, cp});
        }
    }

    static String rangesBody(List<int[]> ranges) {
        StringBuilder sb = new StringBuilder();
        for (int[] r : ranges) {
            sb.append(lit(r[0]));
            if (r[1] != r[0]) {
                sb.append('-').append(lit(r[1]));
            }
        }
        return sb.toString();
    }

    static String lit(int cp) {
        return "\\x{" + Integer.toHexString(cp) + "}";
    }

    /** Asserts that the code point just before the cursor is in {@code [body]}, astral-safe. */
    static String after(String body, boolean negate) {
        // Java sizes a look-behind by UTF-16 units, so a single class only ever looks one unit back
        // and misses astral word characters; the second branch steps back over a surrogate pair.
        String w = "(?=[" + body + "])";
        return (negate ? "(?<!" : "(?<=") + w + "[^\\x{d800}-\\x{dfff}]|(?=[\\x{10000}-\\x{10ffff}])" + w
                + "[\\s\\S]{1,2})";
    }

    /** Python {@code \b} for the given word class body. */
    static String boundary(String word) {
        return "(?:" + after(word, false) + "(?![" + word + "])|" + after(word, true) + "(?=[" + word + "]))";
    }

    /** Python {@code \B}, which never matches in an empty string. */
    static String nonBoundary(String word) {
        return "(?:(?!\\A\\z)(?:" + after(word, false) + "(?=[" + word + "])|" + after(word, true) + "(?![" + word
                + "])))";
    }
}

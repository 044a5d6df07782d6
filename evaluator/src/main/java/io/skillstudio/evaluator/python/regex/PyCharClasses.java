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

    /** Class bodies (without the outer brackets) for use inside a Java character class. */
    static final String WORD;
    static final String SPACE;
    static final String DIGIT;
    static final String ASCII_WORD = "a-zA-Z0-9_";
    static final String ASCII_SPACE = " \\t\\n\\x{b}\\f\\r";
    static final String ASCII_DIGIT = "0-9";

    static {
        WORD = body("\\p{L}\\p{Nd}\\p{Nl}\\p{No}_", PyUnicode.WORD, cp -> Character.isLetter(cp) || cp == '_'
                || isNumberType(Character.getType(cp)));
        SPACE = rangesBody(PyUnicode.SPACE.ranges());
        DIGIT = body("\\p{Nd}", PyUnicode.DECIMAL, cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER);
    }

    private PyCharClasses() {}

    private static boolean isNumberType(int type) {
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** {@code base} corrected by the code points where {@code python} and {@code java} disagree. */
    private static String body(String base, CodePointSet python, IntPredicate java) {
        List<int[]> plus = new ArrayList<>();
        List<int[]> minus = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean py = python.contains(cp);
            if (py != java.test(cp)) {
                extend(py ? plus : minus, cp);
            }
        }
        // The corrections are a long list of ranges that Java would test one by one for every
        // non-word character; an intersection with their overall span rejects ASCII text at once.
        String out = plus.isEmpty() ? base : base + "[" + lit(plus.get(0)[0]) + "-"
                + lit(plus.get(plus.size() - 1)[1]) + "&&[" + rangesBody(plus) + "]]";
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
        return "(?:(?!\\A\\z)(?:" + after(word, false) + "(?=[" + word + "])|" + after(word, true)
                + "(?![" + word + "])))";
    }
}

package io.skillstudio.evaluator.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python 3.11 {@code str} semantics that Java's String methods do not share, for both the IFEval
 * port and the Skill-RM constraint helpers: the {@code re} character classes ({@code \w \s \d}),
 * {@code isdigit}, {@code isupper}, {@code islower}, {@code strip}, {@code splitlines}, {@code lower}
 * and code point length. Classification comes from CPython's own Unicode 14 tables
 * ({@link PyUnicode}), not Java 17's Unicode 13 {@link Character} predicates, or counts drift on
 * non-ASCII text. All offsets are UTF-16 indices; a lone surrogate counts as one code point.
 */
public final class PyText {

    /**
     * Python's {@code \s} / {@code str.isspace()} set as a Java regex character class body (all of it
     * lies in the BMP; {@code PyTextTest} checks it against {@link PyUnicode#SPACE}).
     */
    public static final String SPACE_CLASS_BODY =
            "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

    /** Python {@code \s} as a regex. */
    public static final String S = "[" + SPACE_CLASS_BODY + "]";

    /** Python {@code \S} as a regex. */
    public static final String NS = "[^" + SPACE_CLASS_BODY + "]";

    /**
     * Python {@code \w} as a regex, in Java's Unicode 13 terms (isalnum or underscore; no combining
     * marks). Only the Treebank tokenizer's reference rules use this short form; Python patterns from
     * kwargs and helpers go through {@code python.regex.PyRegex}, whose {@code \\w} adds the Unicode 14
     * corrections.
     */
    public static final String W = "[\\p{L}\\p{Nd}\\p{Nl}\\p{No}_]";

    private PyText() {}

    /** Python {@code re} {@code \w}: {@code str.isalnum()} or underscore; combining marks are not word chars. */
    public static boolean isWord(int cp) {
        return PyUnicode.WORD.contains(cp);
    }

    /** Python {@code str.isspace()} and {@code re} {@code \s} (includes U+001C..U+001F, NBSP; not ZWSP/BOM). */
    public static boolean isSpace(int cp) {
        // Hot in every scanner: all non-ASCII spaces but U+0085 and U+00A0 lie at or above U+1680.
        if (cp >= 0xA1 && cp < 0x1680) {
            return false;
        }
        return PyUnicode.SPACE.contains(cp);
    }

    /** Python {@code re} {@code \d}: {@code str.isdecimal()} (Unicode Nd). */
    public static boolean isDecimal(int cp) {
        return PyUnicode.DECIMAL.contains(cp);
    }

    /** Python {@code str.isdigit()}: decimal digits plus superscripts, circled digits and the like. */
    public static boolean isDigit(int cp) {
        return PyUnicode.DIGIT.contains(cp);
    }

    /** Whether the Unicode 14 character name contains {@code LATIN} (Python's {@code unicodedata.name}). */
    public static boolean hasLatinName(int cp) {
        return PyUnicode.LATIN.contains(cp);
    }

    /** Python code point length; a lone surrogate counts as one. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Python {@code str.strip()} with no argument; returns {@code s} itself when nothing is stripped. */
    public static String strip(String s) {
        int start = stripStart(s);
        int end = stripEnd(s, start);
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** Index of the first non-whitespace char (length when all whitespace). Every space is in the BMP. */
    public static int stripStart(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End index after {@code str.rstrip()}, never below {@code floor}. */
    public static int stripEnd(String s, int floor) {
        int j = s.length();
        while (j > floor && isSpace(s.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    /** True when {@code strip()} of the range would be empty. */
    public static boolean isBlank(CharSequence s, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(s, i);
            if (!isSpace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** True when {@code s.strip()} is empty. */
    public static boolean isBlank(String s) {
        return stripStart(s) == s.length();
    }

    /** {@code str.isupper()}: at least one cased char and none lower or title case. */
    public static boolean isUpper(CharSequence s) {
        return allCasedAre(s, 0, s.length(), true);
    }

    /** {@code s[from:to].isupper()}, without the substring. */
    public static boolean isUpper(CharSequence s, int from, int to) {
        return allCasedAre(s, from, to, true);
    }

    /** {@code str.islower()}: at least one cased char and none upper or title case. */
    public static boolean isLower(CharSequence s) {
        return allCasedAre(s, 0, s.length(), false);
    }

    /**
     * CPython's shared loop for isupper/islower. Java's isUpperCase/isLowerCase include the
     * Other_Uppercase/Other_Lowercase properties, as Python's do (Unicode 13 vs 14 aside).
     */
    private static boolean allCasedAre(CharSequence s, int from, int to, boolean upper) {
        boolean cased = false;
        for (int i = from; i < to; ) {
            int c = Character.codePointAt(s, i);
            i += Character.charCount(c);
            boolean up = Character.isUpperCase(c);
            boolean low = Character.isLowerCase(c);
            if ((upper ? low : up) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= upper ? up : low;
        }
        return cased;
    }

    /** Whether {@code cp} ends a line for Python's {@code str.splitlines()}. */
    public static boolean isLineBoundary(int cp) {
        return switch (cp) {
            case '\n', '\r', 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029 -> true;
            default -> false;
        };
    }

    /**
     * Python {@code str.splitlines()} as {@code [start, end)} UTF-16 ranges of the line bodies; no
     * trailing empty line, {@code \r\n} is one break.
     */
    public static List<int[]> splitLines(String s) {
        List<int[]> lines = new ArrayList<>();
        int n = s.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isLineBoundary(c)) {
                lines.add(new int[] {start, i});
                i += (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            lines.add(new int[] {start, n});
        }
        return lines;
    }

    /**
     * Python {@code str.lower()}: full Unicode lower-casing with special casing (İ becomes two code
     * points) and final sigma, which Java's root-locale lower-casing shares; only the characters added
     * in Unicode 14 need the table.
     */
    public static String lower(String s) {
        if (!needsFix(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(s.length());
        int segment = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            Integer fix = PyUnicode.LOWER_FIXES.get(cp);
            if (fix != null) {
                out.append(s.substring(segment, i).toLowerCase(Locale.ROOT)).appendCodePoint(fix);
                segment = i + n;
            }
            i += n;
        }
        return out.append(s.substring(segment).toLowerCase(Locale.ROOT)).toString();
    }

    private static boolean needsFix(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Every fix lies at or above U+2C2F or in the supplementary planes.
            if (c >= 0x2C2F && PyUnicode.LOWER_FIXES.containsKey(Character.codePointAt(s, i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code re.sub(r"\s+", " ", s).strip()}. */
    public static String normalizeSpace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                inSpace = true;
            } else {
                if (inSpace && out.length() > 0) {
                    out.append(' ');
                }
                inSpace = false;
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}

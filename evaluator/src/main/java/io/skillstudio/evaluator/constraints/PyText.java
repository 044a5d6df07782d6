package io.skillstudio.evaluator.constraints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python {@code str} semantics the constraint helpers rely on: the {@code re} character classes
 * ({@code \w \s \d}), {@code isdigit}, {@code strip}, {@code splitlines}, {@code lower} and code point
 * length. All offsets here are UTF-16 indices; lone surrogates count as one code point, as in Python.
 */
public final class PyText {

    private PyText() {}

    /** Python {@code re} {@code \w}: {@code str.isalnum()} or underscore; combining marks are not word chars. */
    public static boolean isWord(int cp) {
        return PyUnicode.WORD.contains(cp);
    }

    /** Python {@code str.isspace()} and {@code re} {@code \s} (includes U+001C..U+001F, NBSP; not ZWSP/BOM). */
    public static boolean isSpace(int cp) {
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

    /** Python {@code str.strip()} with no argument. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (!isSpace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
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

    public static boolean isBlank(String s) {
        return isBlank(s, 0, s.length());
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

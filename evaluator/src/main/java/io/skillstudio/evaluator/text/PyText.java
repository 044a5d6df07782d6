package io.skillstudio.evaluator.text;

/**
 * Python {@code str} semantics that Java's String methods do not share. The IFEval checker and NLTK
 * run on CPython, so whitespace, {@code strip()}, {@code isupper()} and {@code \w} must follow Python
 * exactly, or counts drift on non-ASCII text (see shared/data/parity/README.md, "traps").
 */
public final class PyText {

    /** Python's {@code \s} / {@code str.isspace()} set as a Java regex character class body. */
    public static final String SPACE_CLASS_BODY =
            "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

    /** Python {@code \s}. */
    public static final String S = "[" + SPACE_CLASS_BODY + "]";

    /** Python {@code \S}. */
    public static final String NS = "[^" + SPACE_CLASS_BODY + "]";

    /** Python {@code \w} (isalnum or underscore; no combining marks). */
    public static final String W = "[\\p{L}\\p{Nd}\\p{Nl}\\p{No}_]";

    private PyText() {}

    /** {@code str.isspace()} for one code point. */
    public static boolean isSpace(int c) {
        if (c <= 0x20) {
            return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** {@code str.strip()} with no argument. */
    public static String strip(String s) {
        int start = stripStart(s);
        int end = stripEnd(s, start);
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** Index of the first non-whitespace char (length when all whitespace). */
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

    /** {@code s.strip()} is non-empty. */
    public static boolean isBlank(String s) {
        return stripStart(s) == s.length();
    }

    /** {@code str.isupper()}: at least one cased char and none lower or title case. */
    public static boolean isUpper(CharSequence s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = Character.codePointAt(s, i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (!cased && Character.isUpperCase(c)) {
                cased = true;
            }
        }
        return cased;
    }

    /** {@code str.islower()}: at least one cased char and none upper or title case. */
    public static boolean isLower(CharSequence s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = Character.codePointAt(s, i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (!cased && Character.isLowerCase(c)) {
                cased = true;
            }
        }
        return cased;
    }

    /** Python {@code \w} for one code point. */
    public static boolean isWordChar(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return Character.isLetter(c) || isNumeric(c);
    }

    /** Python {@code \d} (Unicode decimal digits, category Nd). */
    public static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }
}

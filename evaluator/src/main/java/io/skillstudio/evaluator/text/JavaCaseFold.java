package io.skillstudio.evaluator.text;

/**
 * The char comparison of java.util.regex's {@code CASE_INSENSITIVE|UNICODE_CASE}, for the scans that
 * replace such regexes and must match exactly what they matched: two chars are equal when their
 * {@code toLowerCase(toUpperCase(c))} are (so U+017F long s equals s, the Kelvin sign k).
 */
public final class JavaCaseFold {

    /** The non-ASCII chars that fold to an ASCII char (İ ı ſ and the Kelvin sign), found once. */
    private static final String FOLDS_TO_ASCII;

    static {
        StringBuilder b = new StringBuilder();
        for (char c = 128; c < Character.MAX_VALUE; c++) {
            if (fold(c) < 128) {
                b.append(c);
            }
        }
        FOLDS_TO_ASCII = b.toString();
    }

    private JavaCaseFold() {}

    public static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Whether non-ASCII {@code c} folds to an ASCII char. */
    public static boolean foldsToAscii(char c) {
        return c >= 128 && FOLDS_TO_ASCII.indexOf(c) >= 0;
    }

    /**
     * {@link #fold} for comparing against an ASCII pattern char: a non-ASCII char that does not fold
     * to ASCII cannot match one, so the costly case mapping runs only for the few that do.
     */
    public static char foldForAscii(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
        return foldsToAscii(c) ? fold(c) : c;
    }

    /** Whether text char {@code c} matches pattern char {@code p} (given folded) case-insensitively. */
    public static boolean matches(char c, char foldedPatternChar) {
        if (c == foldedPatternChar) {
            return true;
        }
        return (foldedPatternChar < 128 ? foldForAscii(c) : fold(c)) == foldedPatternChar;
    }
}

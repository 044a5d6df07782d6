package io.skillstudio.model.diagnostics;

/**
 * Makes untrusted text (file and zip entry names, ids, YAML values quoted in messages) safe to print on
 * a terminal: control characters (ANSI escape sequences start with ESC), line and paragraph separators
 * and bidirectional overrides
 * are shown as {@code \\uXXXX} instead of being interpreted, so a package cannot recolour, erase or
 * reorder what the user reads.
 */
public final class TerminalText {

    private TerminalText() {}

    /** {@code s} with every control or bidi-override character escaped; newlines and tabs too when {@code oneLine}. */
    public static String safe(String s, boolean oneLine) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = !oneLine && (c == '\n' || c == '\t');
            if (!keep && dangerous(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** One-line form, for names and ids. */
    public static String safe(String s) {
        return safe(s, true);
    }

    private static boolean dangerous(char c) {
        return Character.getType(c) == Character.CONTROL
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e'
                || c == '\u200f';
    }
}

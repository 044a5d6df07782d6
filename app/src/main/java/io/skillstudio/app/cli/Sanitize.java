package io.skillstudio.app.cli;

/** Text from packages, samples and models is shown on a terminal only with its control characters escaped. */
final class Sanitize {

    private Sanitize() {}

    /** Control characters (ESC of ANSI sequences among them) as {@code \\uXXXX}; everything else as is. */
    static String terminal(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}

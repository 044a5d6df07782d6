package io.skillstudio.evaluator.python.regex;

/**
 * Python {@code re} escapes that stand for one character. {@code cursor[0]} is the index of the
 * backslash on entry and just past the escape on return.
 */
final class PyEscapes {

    private PyEscapes() {}

    /**
     * The code point of an escape that denotes one character ({@code \n}, {@code \x41}, {@code \u00e9},
     * {@code \N{...}}, {@code \0}, escaped punctuation); errors as CPython for unknown ASCII letters.
     */
    static int literal(String p, int[] cursor, int start) throws PyRegexException {
        char c = p.charAt(cursor[0] + 1);
        switch (c) {
            case 'a':
                cursor[0] += 2;
                return 7;
            case 'f':
                cursor[0] += 2;
                return '\f';
            case 'n':
                cursor[0] += 2;
                return '\n';
            case 'r':
                cursor[0] += 2;
                return '\r';
            case 't':
                cursor[0] += 2;
                return '\t';
            case 'v':
                cursor[0] += 2;
                return 0x0B;
            case 'x':
                return hex(p, cursor, start, 2);
            case 'u':
                return hex(p, cursor, start, 4);
            case 'U': {
                int v = hex(p, cursor, start, 8);
                if (v > Character.MAX_CODE_POINT) {
                    throw new PyRegexException("bad escape " + p.substring(start, start + 10), start);
                }
                return v;
            }
            case 'N':
                return named(p, cursor, start);
            case '0': {
                int j = cursor[0] + 2;
                while (j < p.length() && j < cursor[0] + 4 && PyRegexTranslator.isOctal(p.charAt(j))) {
                    j++;
                }
                int v = Integer.parseInt(p.substring(cursor[0] + 1, j), 8);
                cursor[0] = j;
                return v;
            }
            default:
                if (c < 128 && Character.isLetterOrDigit(c)) {
                    throw new PyRegexException("bad escape \\" + c, start);
                }
                int cp = p.codePointAt(cursor[0] + 1);
                cursor[0] += 1 + Character.charCount(cp);
                return cp;
        }
    }

    private static int hex(String p, int[] cursor, int start, int digits) throws PyRegexException {
        int from = cursor[0] + 2;
        int to = from;
        while (to < p.length() && to < from + digits && Character.digit(p.charAt(to), 16) >= 0 && p.charAt(to) < 128) {
            to++;
        }
        if (to - from != digits) {
            throw new PyRegexException("incomplete escape " + p.substring(start, to), start);
        }
        cursor[0] = to;
        return (int) Long.parseLong(p.substring(from, to), 16);
    }

    private static int named(String p, int[] cursor, int start) throws PyRegexException {
        if (!p.startsWith("{", cursor[0] + 2)) {
            throw new PyRegexException("missing {", cursor[0] + 2);
        }
        int end = p.indexOf('}', cursor[0] + 3);
        if (end < 0 || end == cursor[0] + 3) {
            throw new PyRegexException(
                    end < 0 ? "missing }, unterminated name" : "missing character name", cursor[0] + 3);
        }
        String name = p.substring(cursor[0] + 3, end);
        try {
            int cp = Character.codePointOf(name);
            cursor[0] = end + 1;
            return cp;
        } catch (IllegalArgumentException e) {
            throw new PyRegexException("undefined character name '" + name + "'", start);
        }
    }
}

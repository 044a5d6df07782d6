package io.skillstudio.evaluator.python.regex;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Translates a Python {@code re} pattern into java.util.regex syntax with Python's meaning: Unicode
 * {@code \w \s \d \b} from CPython's tables, {@code .} excluding only {@code \n}, Python's {@code ^ $ \Z},
 * {@code {,n}} and literal braces, named groups, verbose mode and scoped flags. It reports the errors
 * CPython's parser raises (with Python's wording where practical) instead of letting Java guess.
 */
final class PyRegexTranslator {

    private static final String VERBOSE_SPACE = " \t\n\r\u000b\f";

    private final String p;
    private int i;
    private int flags;
    private final StringBuilder out = new StringBuilder();
    private int groups;
    private final Set<Integer> open = new HashSet<>();
    private final Map<String, Integer> names = new HashMap<>();

    private PyRegexTranslator(String pattern, int flags) {
        this.p = pattern;
        this.flags = flags;
    }

    /** The translated Java pattern source and the effective global Python flags. */
    record Result(String javaSource, int flags) {}

    static Result translate(String pattern, int flags) throws PyRegexException {
        if ((flags & ~PyFlags.KNOWN) != 0) {
            throw new PyRegexException("unknown flag bits " + (flags & ~PyFlags.KNOWN), 0);
        }
        PyRegexTranslator t = new PyRegexTranslator(pattern, flags);
        t.globalFlags();
        t.checkFlags(t.flags, 0);
        t.alternation();
        if (t.i < pattern.length()) {
            throw new PyRegexException("unbalanced parenthesis", t.i);
        }
        return new Result(t.out.toString(), t.flags);
    }

    private void checkFlags(int f, int pos) throws PyRegexException {
        if ((f & PyFlags.LOCALE) != 0) {
            throw new PyRegexException("bad inline flags: cannot use 'L' flag with a str pattern", pos);
        }
        if ((f & PyFlags.ASCII) != 0 && (f & PyFlags.UNICODE) != 0) {
            throw new PyRegexException("bad inline flags: flags 'a', 'u' and 'L' are incompatible", pos);
        }
    }

    /** Python 3.11 accepts global inline flags only at the very start of the pattern. */
    private void globalFlags() throws PyRegexException {
        while (p.startsWith("(?", i) && i + 2 < p.length() && PyFlags.ofLetter(p.charAt(i + 2)) != 0) {
            int j = i + 2;
            int f = 0;
            while (j < p.length() && PyFlags.ofLetter(p.charAt(j)) != 0) {
                f |= PyFlags.ofLetter(p.charAt(j++));
            }
            if (j >= p.length() || p.charAt(j) != ')') {
                return; // a scoped group such as (?i:...) or (?i-s:...), parsed later
            }
            flags |= f;
            i = j + 1;
        }
    }

    private boolean has(int flag) {
        return (flags & flag) != 0;
    }

    private boolean ascii() {
        return has(PyFlags.ASCII);
    }

    private void alternation() throws PyRegexException {
        sequence();
        while (i < p.length() && p.charAt(i) == '|') {
            out.append('|');
            i++;
            sequence();
        }
    }

    private void skipVerbose() {
        if (!has(PyFlags.VERBOSE)) {
            return;
        }
        while (i < p.length()) {
            char c = p.charAt(i);
            if (VERBOSE_SPACE.indexOf(c) >= 0) {
                i++;
            } else if (c == '#') {
                while (i < p.length() && p.charAt(i) != '\n') {
                    i++;
                }
            } else {
                return;
            }
        }
    }

    private void sequence() throws PyRegexException {
        while (true) {
            skipVerbose();
            if (i >= p.length() || p.charAt(i) == '|' || p.charAt(i) == ')') {
                return;
            }
            int atomStart = i;
            boolean repeatable = atom();
            quantifier(atomStart, repeatable);
        }
    }

    /** Emits one atom; returns false for anchors, which Python refuses to repeat. */
    private boolean atom() throws PyRegexException {
        char c = p.charAt(i);
        switch (c) {
            case '(':
                return group();
            case '[':
                new PyClassTranslator(this).translate();
                return true;
            case '.':
                i++;
                out.append(has(PyFlags.DOTALL) ? "(?s:.)" : "[^\\n]");
                return true;
            case '^':
                i++;
                out.append(has(PyFlags.MULTILINE) ? "(?:\\A|(?<=\\n))" : "\\A");
                return false;
            case '$':
                i++;
                out.append(has(PyFlags.MULTILINE) ? "(?=\\n|\\z)" : "(?=\\n?\\z)");
                return false;
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
                throw new PyRegexException("nothing to repeat", i);
            case '{':
                if (repeatRange() != null) {
                    throw new PyRegexException("nothing to repeat", i);
                }
                i++;
                out.append("\\{");
                return true;
            default:
                int cp = p.codePointAt(i);
                i += Character.charCount(cp);
                out.append(PyCharClasses.lit(cp));
                return true;
        }
    }

    /** Parses {@code {m}, {m,}, {,n}, {m,n}} at {@code i} without consuming; null when {@code {} is literal. */
    private int[] repeatRange() throws PyRegexException {
        int j = i + 1;
        int loStart = j;
        while (j < p.length() && Character.isDigit(p.charAt(j)) && p.charAt(j) < 128) {
            j++;
        }
        String lo = p.substring(loStart, j);
        String hi = lo;
        if (j < p.length() && p.charAt(j) == ',') {
            int hiStart = ++j;
            while (j < p.length() && p.charAt(j) >= '0' && p.charAt(j) <= '9') {
                j++;
            }
            hi = p.substring(hiStart, j);
        }
        if (j >= p.length() || p.charAt(j) != '}' || j == i + 1) {
            return null;
        }
        int min = lo.isEmpty() ? 0 : parseCount(lo, loStart);
        int max = hi.isEmpty() ? -1 : parseCount(hi, i);
        if (max >= 0 && max < min) {
            throw new PyRegexException("min repeat greater than max repeat", i + 1);
        }
        return new int[] {min, max, j + 1};
    }

    private static int parseCount(String digits, int pos) throws PyRegexException {
        if (digits.length() > 9) {
            throw new PyRegexException("the repetition number is too large", pos);
        }
        return Integer.parseInt(digits);
    }

    private void quantifier(int atomStart, boolean repeatable) throws PyRegexException {
        boolean quantified = false;
        while (true) {
            skipVerbose();
            if (i >= p.length()) {
                return;
            }
            char c = p.charAt(i);
            String q;
            if (c == '*' || c == '+' || c == '?') {
                q = String.valueOf(c);
                i++;
            } else if (c == '{') {
                int[] r = repeatRange();
                if (r == null) {
                    return;
                }
                q = "{" + r[0] + (r[1] == r[0] ? "" : "," + (r[1] < 0 ? "" : r[1])) + "}";
                i = r[2];
            } else {
                return;
            }
            if (quantified) {
                throw new PyRegexException("multiple repeat", i - 1);
            }
            if (!repeatable) {
                throw new PyRegexException("nothing to repeat", atomStart);
            }
            quantified = true;
            out.append(q);
            if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
                out.append(p.charAt(i++)); // lazy, or possessive (new in Python 3.11)
            }
        }
    }

    private boolean group() throws PyRegexException {
        int start = i;
        i++;
        if (i < p.length() && p.charAt(i) == '?') {
            i++;
            if (i >= p.length()) {
                throw new PyRegexException("unexpected end of pattern", i);
            }
            char k = p.charAt(i);
            if (k == 'P' && p.startsWith("P<", i)) {
                int end = p.indexOf('>', i + 2);
                if (end < 0) {
                    throw new PyRegexException("missing >, unterminated name", i + 2);
                }
                String name = p.substring(i + 2, end);
                checkName(name, i + 2);
                if (names.containsKey(name)) {
                    throw new PyRegexException("redefinition of group name '" + name + "'", i + 2);
                }
                i = end + 1;
                int g = ++groups;
                names.put(name, g);
                return capture(g, start);
            }
            if (k == 'P' && p.startsWith("P=", i)) {
                int end = p.indexOf(')', i + 2);
                if (end < 0) {
                    throw new PyRegexException("missing ), unterminated name", i + 2);
                }
                String name = p.substring(i + 2, end);
                checkName(name, i + 2);
                Integer g = names.get(name);
                if (g == null) {
                    throw new PyRegexException("unknown group name '" + name + "'", i + 2);
                }
                if (open.contains(g)) {
                    throw new PyRegexException("cannot refer to an open group", start);
                }
                i = end + 1;
                out.append("(?:\\").append(g).append(')');
                return true;
            }
            if (k == '#') {
                int end = p.indexOf(')', i);
                if (end < 0) {
                    throw new PyRegexException("missing ), unterminated comment", i);
                }
                i = end + 1;
                return false;
            }
            String prefix;
            if (k == ':' || k == '=' || k == '!' || k == '>') {
                prefix = "(?" + k;
                i++;
            } else if (p.startsWith("<=", i) || p.startsWith("<!", i)) {
                prefix = "(?" + p.substring(i, i + 2);
                i += 2;
            } else if (k == '(') {
                throw new PyRegexException("conditional groups (?(id)yes|no) are not supported", start);
            } else if (PyFlags.ofLetter(k) != 0 || k == '-') {
                return scopedFlags(start);
            } else {
                throw new PyRegexException("unknown extension ?" + k, start + 1);
            }
            // Python 3.11 lets look-arounds be repeated as well, so every group is repeatable.
            return body(prefix, start, true);
        }
        return capture(++groups, start);
    }

    private boolean capture(int g, int start) throws PyRegexException {
        open.add(g);
        body("(", start, true);
        open.remove(g);
        return true;
    }

    private boolean body(String prefix, int start, boolean repeatable) throws PyRegexException {
        out.append(prefix);
        alternation();
        if (i >= p.length()) {
            throw new PyRegexException("missing ), unterminated subpattern", start);
        }
        i++;
        out.append(')');
        return repeatable;
    }

    private boolean scopedFlags(int start) throws PyRegexException {
        int on = 0;
        int off = 0;
        while (i < p.length() && PyFlags.ofLetter(p.charAt(i)) != 0) {
            on |= PyFlags.ofLetter(p.charAt(i++));
        }
        if (i < p.length() && p.charAt(i) == '-') {
            i++;
            while (i < p.length() && PyFlags.ofLetter(p.charAt(i)) != 0) {
                off |= PyFlags.ofLetter(p.charAt(i++));
            }
            if (off == 0) {
                throw new PyRegexException("missing flag", i);
            }
            if ((off & (PyFlags.ASCII | PyFlags.UNICODE | PyFlags.LOCALE)) != 0) {
                throw new PyRegexException("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", i);
            }
        }
        if (i >= p.length() || p.charAt(i) != ':') {
            throw new PyRegexException(
                    off == 0 ? "global flags not at the start of the expression" : "missing :", start);
        }
        i++;
        int saved = flags;
        int next = (flags | on) & ~off;
        if ((on & (PyFlags.ASCII | PyFlags.UNICODE)) != 0) {
            next &= ~(PyFlags.ASCII | PyFlags.UNICODE);
            next |= on & (PyFlags.ASCII | PyFlags.UNICODE);
        }
        checkFlags(on, start);
        flags = next;
        String javaCase = (next & PyFlags.IGNORECASE) == 0 ? "(?-iu:" : ascii() ? "(?i-u:" : "(?iu:";
        body(javaCase, start, true);
        flags = saved;
        return true;
    }

    private static void checkName(String name, int pos) throws PyRegexException {
        boolean ok = !name.isEmpty() && Character.isUnicodeIdentifierStart(name.codePointAt(0)) || name.startsWith("_");
        for (int k = 0; ok && k < name.length(); k++) {
            ok = Character.isUnicodeIdentifierPart(name.charAt(k)) && !Character.isIdentifierIgnorable(name.charAt(k));
        }
        if (!ok) {
            throw new PyRegexException("bad character in group name '" + name + "'", pos);
        }
    }

    private boolean escape() throws PyRegexException {
        int start = i;
        if (i + 1 >= p.length()) {
            throw new PyRegexException("bad escape (end of pattern)", i);
        }
        char c = p.charAt(i + 1);
        switch (c) {
            case 'A' -> {
                i += 2;
                out.append("\\A");
                return false;
            }
            case 'Z' -> {
                i += 2;
                out.append("\\z");
                return false;
            }
            case 'b' -> {
                i += 2;
                out.append(PyCharClasses.boundary(wordBody()));
                return false;
            }
            case 'B' -> {
                i += 2;
                out.append(PyCharClasses.nonBoundary(wordBody()));
                return false;
            }
            case 'w', 'W', 's', 'S', 'd', 'D' -> {
                i += 2;
                out.append(classEscape(c, false));
                return true;
            }
            default -> {}
        }
        if (c >= '1' && c <= '9') {
            int j = i + 2;
            if (j < p.length() && isDigit(p.charAt(j))) {
                if (c <= '7' && p.charAt(j) <= '7' && j + 1 < p.length() && isOctal(p.charAt(j + 1))) {
                    int v = Integer.parseInt(p.substring(i + 1, j + 2), 8);
                    if (v > 0377) {
                        throw new PyRegexException(
                                "octal escape value \\" + p.substring(i + 1, j + 2) + " outside of range 0-0o377",
                                start);
                    }
                    i = j + 2;
                    out.append(PyCharClasses.lit(v));
                    return true;
                }
                j++;
            }
            int g = Integer.parseInt(p.substring(i + 1, j));
            if (g > groups) {
                throw new PyRegexException("invalid group reference " + g, start + 1);
            }
            if (open.contains(g)) {
                throw new PyRegexException("cannot refer to an open group", start);
            }
            i = j;
            out.append("(?:\\").append(g).append(')');
            return true;
        }
        out.append(PyCharClasses.lit(literalEscape(start)));
        return true;
    }

    private String wordBody() {
        return ascii() ? PyCharClasses.ASCII_WORD : PyCharClasses.word();
    }

    /** A {@code \w}-style escape as a Java class, or inside a class as a nested class. */
    String classEscape(char c, boolean nested) {
        String body = switch (Character.toLowerCase(c)) {
            case 'w' -> wordBody();
            case 's' -> ascii() ? PyCharClasses.ASCII_SPACE : PyCharClasses.space();
            default -> ascii() ? PyCharClasses.ASCII_DIGIT : PyCharClasses.digit();
        };
        boolean negate = Character.isUpperCase(c);
        return (negate ? "[^" : "[") + body + "]";
    }

    /** See {@link PyEscapes#literal}; advances the shared cursor past the escape. */
    int literalEscape(int start) throws PyRegexException {
        int[] cursor = {i};
        int cp = PyEscapes.literal(p, cursor, start);
        i = cursor[0];
        return cp;
    }

    static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // Accessors for the class translator, which shares the cursor.
    String pattern() {
        return p;
    }

    int pos() {
        return i;
    }

    void pos(int pos) {
        i = pos;
    }

    StringBuilder out() {
        return out;
    }

    boolean ignoreCaseUnicode() {
        return has(PyFlags.IGNORECASE) && !ascii();
    }
}

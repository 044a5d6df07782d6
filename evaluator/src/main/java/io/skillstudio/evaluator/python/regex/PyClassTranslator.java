package io.skillstudio.evaluator.python.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * Translates one Python character set {@code [...]}. Python reads {@code [} inside a set as a literal
 * and a leading {@code ]} as a member, while Java would start a nested class or fail, so every member
 * is re-emitted as an explicit code point or nested class.
 */
final class PyClassTranslator {

    private final PyRegexTranslator t;
    private final String p;

    PyClassTranslator(PyRegexTranslator t) {
        this.t = t;
        this.p = t.pattern();
    }

    void translate() throws PyRegexException {
        int start = t.pos();
        int i = start + 1;
        boolean negate = i < p.length() && p.charAt(i) == '^';
        if (negate) {
            i++;
        }
        StringBuilder body = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        boolean first = true;
        while (true) {
            if (i >= p.length()) {
                throw new PyRegexException("unterminated character set", start);
            }
            char c = p.charAt(i);
            if (c == ']' && !first) {
                i++;
                break;
            }
            first = false;
            t.pos(i);
            int lo = member(body);
            i = t.pos();
            if (i < p.length() && p.charAt(i) == '-') {
                i++;
                if (i >= p.length()) {
                    throw new PyRegexException("unterminated character set", start);
                }
                if (p.charAt(i) == ']') {
                    add(ranges, lo, lo, body);
                    add(ranges, '-', '-', body);
                    i++;
                    break;
                }
                t.pos(i);
                int hi = member(body);
                if (lo < 0 || hi < 0) {
                    throw new PyRegexException("bad character range", i - 1);
                }
                if (hi < lo) {
                    throw new PyRegexException(
                            "bad character range " + new String(Character.toChars(lo)) + "-"
                                    + new String(Character.toChars(hi)),
                            i - 1);
                }
                i = t.pos();
                add(ranges, lo, hi, body);
            } else if (lo >= 0) {
                add(ranges, lo, lo, body);
            }
        }
        t.pos(i);
        if (negate) {
            // Java 9+ scopes '^' over nested classes too, but spelling the complement as a look-ahead
            // keeps the meaning independent of that rule.
            t.out().append("(?:(?![").append(body).append("])(?s:.))");
        } else {
            t.out().append('[').append(body).append(']');
        }
    }

    /** Reads one member at the cursor: returns its code point, or -1 after appending a class escape. */
    private int member(StringBuilder body) throws PyRegexException {
        int i = t.pos();
        char c = p.charAt(i);
        if (c != '\\') {
            int cp = p.codePointAt(i);
            t.pos(i + Character.charCount(cp));
            return cp;
        }
        if (i + 1 >= p.length()) {
            throw new PyRegexException("bad escape (end of pattern)", i);
        }
        char e = p.charAt(i + 1);
        switch (e) {
            case 'w', 'W', 's', 'S', 'd', 'D' -> {
                t.pos(i + 2);
                body.append(t.classEscape(e, true));
                return -1;
            }
            case 'b' -> {
                t.pos(i + 2);
                return 8;
            }
            default -> {}
        }
        if (PyRegexTranslator.isOctal(e)) {
            int j = i + 1;
            while (j < p.length() && j < i + 4 && PyRegexTranslator.isOctal(p.charAt(j))) {
                j++;
            }
            int v = Integer.parseInt(p.substring(i + 1, j), 8);
            if (v > 0377) {
                throw new PyRegexException("octal escape value " + p.substring(i, j) + " outside of range 0-0o377", i);
            }
            t.pos(j);
            return v;
        }
        if (e == '8' || e == '9') {
            throw new PyRegexException("bad escape \\" + e, i);
        }
        return t.literalEscape(i);
    }

    private void add(List<int[]> ranges, int lo, int hi, StringBuilder body) {
        if (lo < 0) {
            return;
        }
        ranges.add(new int[] {lo, hi});
        body.append(PyCharClasses.lit(lo));
        if (hi != lo) {
            body.append('-').append(PyCharClasses.lit(hi));
        }
        if (t.ignoreCaseUnicode()) {
            for (int[] extra : CaseFolding.extrasFor(lo, hi)) {
                body.append(PyCharClasses.lit(extra[0]));
            }
        }
    }
}

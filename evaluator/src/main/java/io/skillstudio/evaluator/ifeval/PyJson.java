package io.skillstudio.evaluator.ifeval;

/**
 * A validator that accepts exactly what CPython 3.11's {@code json.loads} accepts: NaN, Infinity and
 * -Infinity, any integer size, lone surrogate escapes, duplicate keys; and rejects raw control
 * characters in strings, trailing commas, a leading BOM and trailing data. Only validity matters to
 * IFEval, so nothing is built. Nesting deeper than CPython's recursion limit counts as invalid.
 */
final class PyJson {

    private static final int MAX_DEPTH = 990;

    private final String s;
    private int pos;
    private int depth;

    private PyJson(String s) {
        this.s = s;
    }

    /** -1 when {@code text} is valid JSON, else the offset where parsing failed. */
    static int firstError(String text) {
        PyJson p = new PyJson(text);
        try {
            p.ws();
            p.value();
            p.ws();
            return p.pos == text.length() ? -1 : p.pos;
        } catch (Invalid e) {
            return p.pos;
        }
    }

    private static final class Invalid extends Exception {
        Invalid() {
            super(null, null, false, false);
        }
    }

    private Invalid invalid() {
        return new Invalid();
    }

    private void ws() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private void value() throws Invalid {
        if (pos >= s.length()) {
            throw invalid();
        }
        char c = s.charAt(pos);
        switch (c) {
            case '"' -> string();
            case '{' -> object();
            case '[' -> array();
            case 'n' -> literal("null");
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'N' -> literal("NaN");
            case 'I' -> literal("Infinity");
            default -> {
                if (c == '-' && s.startsWith("-Infinity", pos)) {
                    pos += 9;
                } else if (c == '-' || (c >= '0' && c <= '9')) {
                    number();
                } else {
                    throw invalid();
                }
            }
        }
    }

    private void literal(String word) throws Invalid {
        if (!s.startsWith(word, pos)) {
            throw invalid();
        }
        pos += word.length();
    }

    private void number() throws Invalid {
        if (s.charAt(pos) == '-') {
            pos++;
        }
        if (pos >= s.length() || !digit(s.charAt(pos))) {
            throw invalid();
        }
        if (s.charAt(pos) == '0') {
            pos++;
        } else {
            digits();
        }
        // A '.' or 'e' not followed by digits ends the number; the leftover is trailing data.
        if (pos + 1 < s.length() && s.charAt(pos) == '.' && digit(s.charAt(pos + 1))) {
            pos++;
            digits();
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < s.length() && digit(s.charAt(pos))) {
                digits();
            } else {
                pos = save;
            }
        }
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private void digits() {
        while (pos < s.length() && digit(s.charAt(pos))) {
            pos++;
        }
    }

    private void string() throws Invalid {
        pos++; // opening quote
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c < 0x20) {
                throw invalid();
            }
            if (c == '\\') {
                pos++;
                if (pos >= s.length()) {
                    throw invalid();
                }
                char e = s.charAt(pos);
                if (e == 'u') {
                    for (int i = 1; i <= 4; i++) {
                        if (pos + i >= s.length() || Character.digit(s.charAt(pos + i), 16) < 0) {
                            throw invalid();
                        }
                    }
                    pos += 4;
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw invalid();
                }
            }
            pos++;
        }
        throw invalid();
    }

    private void object() throws Invalid {
        enter();
        pos++;
        ws();
        if (pos < s.length() && s.charAt(pos) == '}') {
            pos++;
            depth--;
            return;
        }
        while (true) {
            if (pos >= s.length() || s.charAt(pos) != '"') {
                throw invalid();
            }
            string();
            ws();
            expect(':');
            ws();
            value();
            ws();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
                ws();
                continue;
            }
            expect('}');
            depth--;
            return;
        }
    }

    private void array() throws Invalid {
        enter();
        pos++;
        ws();
        if (pos < s.length() && s.charAt(pos) == ']') {
            pos++;
            depth--;
            return;
        }
        while (true) {
            value();
            ws();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
                ws();
                continue;
            }
            expect(']');
            depth--;
            return;
        }
    }

    private void enter() throws Invalid {
        if (++depth > MAX_DEPTH) {
            throw invalid();
        }
    }

    private void expect(char c) throws Invalid {
        if (pos >= s.length() || s.charAt(pos) != c) {
            throw invalid();
        }
        pos++;
    }
}

package io.skillstudio.evaluator.python;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11 {@code json.loads}. Validity comes from a hand-written scanner that accepts exactly
 * what CPython accepts: NaN, Infinity and -Infinity, any integer size, lone surrogate escapes,
 * duplicate keys; and rejects raw control characters in strings, trailing commas, a leading BOM and
 * trailing data. Nesting deeper than CPython's recursion limit counts as invalid. IFEval only needs
 * validity ({@link #firstError}); the constraint helpers also need the value ({@link #parse}), which
 * Jackson builds once the scanner has accepted the text (Jackson alone is wider than Python: it
 * takes {@code +Infinity}, {@code INF} and others).
 */
public final class PyJson {

    /** Nesting CPython reaches before RecursionError under the default recursion limit of 1000. */
    private static final int MAX_DEPTH = 990;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        // The scanner has already bounded nesting; numbers may be as long as Python allows.
        MAPPER.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(Integer.MAX_VALUE)
                        .maxNestingDepth(MAX_DEPTH + 10)
                        .build());
    }

    private final String s;
    private int pos;
    private int depth;

    private PyJson(String s) {
        this.s = s;
    }

    /** Validity, the value as a Jackson tree ({@link NullNode} when invalid) and an error text. */
    public record Parsed(boolean valid, JsonNode value, String error) {}

    /** {@code json.loads(text)}; the error text is not CPython's wording, only its position. */
    public static Parsed parse(String text) {
        int bad = firstError(text);
        if (bad >= 0) {
            return new Parsed(
                    false,
                    NullNode.getInstance(),
                    bad == 0 && !text.isEmpty() && text.charAt(0) == '\uFEFF'
                            ? "Unexpected UTF-8 BOM (decode using utf-8-sig)"
                            : "Invalid JSON: char " + bad);
        }
        try (JsonParser p = MAPPER.createParser(text)) {
            return new Parsed(true, MAPPER.readTree(p), "");
        } catch (IOException e) {
            // Not expected after the scanner accepted the text; report rather than throw.
            return new Parsed(false, NullNode.getInstance(), String.valueOf(e.getMessage()));
        }
    }

    /** Top-level keys of a JSON object: {@code missing} and {@code present} in {@code keys} order. */
    public record KeyCheck(boolean validJson, List<String> missing, List<String> present) {}

    public static KeyCheck hasKeys(String text, List<String> keys) {
        Parsed parsed = parse(text);
        if (!parsed.valid() || !parsed.value().isObject()) {
            return new KeyCheck(parsed.valid(), List.copyOf(keys), List.of());
        }
        List<String> missing = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (String k : keys) {
            (parsed.value().has(k) ? present : missing).add(k);
        }
        return new KeyCheck(true, List.copyOf(missing), List.copyOf(present));
    }

    /** -1 when {@code text} is valid JSON, else the offset where parsing failed. */
    public static int firstError(String text) {
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
            case '{' -> container('}');
            case '[' -> container(']');
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

    /** An object ({@code close == '}'}) or array; the opening bracket is at {@code pos}. */
    private void container(char close) throws Invalid {
        if (++depth > MAX_DEPTH) {
            throw invalid();
        }
        pos++;
        ws();
        if (pos < s.length() && s.charAt(pos) == close) {
            pos++;
            depth--;
            return;
        }
        while (true) {
            if (close == '}') {
                // Python allows only string keys; an empty key list after ',' is a trailing comma.
                if (pos >= s.length() || s.charAt(pos) != '"') {
                    throw invalid();
                }
                string();
                ws();
                expect(':');
                ws();
            }
            value();
            ws();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
                ws();
                continue;
            }
            expect(close);
            depth--;
            return;
        }
    }

    private void expect(char c) throws Invalid {
        if (pos >= s.length() || s.charAt(pos) != c) {
            throw invalid();
        }
        pos++;
    }
}

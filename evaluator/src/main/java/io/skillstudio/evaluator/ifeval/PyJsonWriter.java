package io.skillstudio.evaluator.ifeval;

import java.util.List;

/**
 * Writes the few JSON shapes of IFEval's result rows exactly as CPython's {@code json.dumps} does
 * by default ({@code ensure_ascii=True}, separators {@code ", "} and {@code ": "}), so output files
 * are byte-comparable with the official checker's.
 */
final class PyJsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder sb;
    private boolean firstField = true;

    PyJsonWriter() {
        sb = new StringBuilder(256).append('{');
    }

    private PyJsonWriter(PyJsonWriter from, int extra) {
        sb = new StringBuilder(from.sb.length() + extra).append(from.sb);
        firstField = from.firstField;
    }

    /**
     * A writer that continues from this one's fields; this one stays usable. Lets rows that share
     * their long fields (prompt, response) escape them once.
     */
    PyJsonWriter copy(int extraCapacity) {
        return new PyJsonWriter(this, extraCapacity);
    }

    PyJsonWriter field(String name, Object value) {
        if (!firstField) {
            sb.append(", ");
        }
        firstField = false;
        string(name);
        sb.append(": ");
        value(value);
        return this;
    }

    String close() {
        return sb.append('}').toString();
    }

    private void value(Object v) {
        if (v instanceof String s) {
            string(s);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                value(list.get(i));
            }
            sb.append(']');
        } else if (v == null) {
            sb.append("null");
        } else {
            sb.append(v);
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        // String.format here cost a sixth of a whole IFEval run (docs/benchmarks.md)
                        sb.append('\\')
                                .append('u')
                                .append(HEX[c >> 12])
                                .append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF])
                                .append(HEX[c & 0xF]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}

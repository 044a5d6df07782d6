package io.skillstudio.evaluator.ifeval;

import java.util.List;

/**
 * Writes the few JSON shapes of IFEval's result rows exactly as CPython's {@code json.dumps} does
 * by default ({@code ensure_ascii=True}, separators {@code ", "} and {@code ": "}), so output files
 * are byte-comparable with the official checker's.
 */
final class PyJsonWriter {

    private final StringBuilder sb = new StringBuilder(256);
    private boolean firstField = true;

    PyJsonWriter() {
        sb.append('{');
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
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}

package io.skillstudio.model.resources;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Renders values for splicing into block YAML, quoting exactly when YAML needs it. */
final class YamlValues {

    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        DumperOptions o = new DumperOptions();
        o.setSplitLines(false);
        o.setWidth(Integer.MAX_VALUE);
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        return new Yaml(o);
    });

    private YamlValues() {}

    /** A scalar on one line ({@code foo}, {@code 'yes'}, {@code "a\nb"}) or a flow list. */
    static String scalar(Object value) {
        if (value instanceof String s && (s.contains("\n") || s.contains("\r"))) {
            return doubleQuoted(s);
        }
        String dumped = YAML.get().dump(value);
        return dumped.endsWith("\n") ? dumped.substring(0, dumped.length() - 1) : dumped;
    }

    /** A value replacing an existing value node whose first char sits at column {@code indent.length()}. */
    static String render(Object value, String indent, String nl) {
        if (value instanceof List<?> list && !list.isEmpty() && !indent.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : nl + indent).append("- ").append(scalar(list.get(i)));
            }
            return sb.toString();
        }
        return scalar(value);
    }

    /** The text after {@code key:} for a new field whose key sits at {@code keyIndent}. */
    static String renderAfterKey(Object value, String keyIndent, String nl) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            return nl + render(list, keyIndent + "  ", nl).replaceFirst("^", keyIndent + "  ");
        }
        return " " + scalar(value);
    }

    /** A new list item: {@code - key: value} then the other keys aligned under the first. */
    static String renderEntry(Map<String, Object> fields, String dashIndent, int dashToKey, String nl) {
        String keyIndent = dashIndent + " ".repeat(Math.max(2, dashToKey));
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (first) {
                sb.append(dashIndent).append("-").append(" ".repeat(Math.max(1, Math.max(2, dashToKey) - 1)));
            } else {
                sb.append(nl).append(keyIndent);
            }
            sb.append(e.getKey()).append(":").append(renderAfterKey(e.getValue(), keyIndent, nl));
            first = false;
        }
        if (first) {
            sb.append(dashIndent).append("- {}");
        }
        return sb.toString();
    }

    private static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

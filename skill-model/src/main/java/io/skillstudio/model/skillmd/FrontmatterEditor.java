package io.skillstudio.model.skillmd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Line-based edits of SKILL.md frontmatter: one key's lines are replaced, everything else (other keys,
 * comments, the body) stays as written. Pure functions on the text, so the form is tested without a screen.
 */
public final class FrontmatterEditor {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _./(),;'!?+=-]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "~");

    private FrontmatterEditor() {}

    /** Sets a top-level scalar key, replacing its value lines (block scalars included), or adds it. */
    public static String setTopLevel(String text, String key, String value) {
        Block fm = Block.of(text);
        if (fm == null) {
            return "---\n" + key + ": " + render(value) + "\n---\n" + text;
        }
        int at = fm.find(key, 0, fm.lines.size(), "");
        String line = key + ": " + render(value);
        if (at < 0) {
            fm.lines.add(line);
        } else {
            int end = fm.childrenEnd(at, 0);
            fm.replace(at, end, List.of(line));
        }
        return fm.join(text);
    }

    /** Sets {@code metadata.<key>}; creates the metadata mapping when absent. */
    public static String setMetadata(String text, String key, String value) {
        Block fm = Block.of(text);
        if (fm == null) {
            return "---\nmetadata:\n  " + key + ": " + render(value) + "\n---\n" + text;
        }
        int meta = fm.find("metadata", 0, fm.lines.size(), "");
        if (meta < 0) {
            fm.lines.add("metadata:");
            fm.lines.add("  " + key + ": " + render(value));
            return fm.join(text);
        }
        int end = fm.childrenEnd(meta, 0);
        String indent = end > meta + 1 ? leading(fm.lines.get(meta + 1)) : "  ";
        if (indent.isEmpty()) {
            indent = "  ";
        }
        int at = fm.find(key, meta + 1, end, indent);
        String line = indent + key + ": " + render(value);
        if (at < 0) {
            fm.lines.add(end, line);
        } else {
            fm.replace(at, fm.childrenEnd(at, indent.length()), List.of(line));
        }
        return fm.join(text);
    }

    /** Removes {@code metadata.<key>}; a no-op when absent. */
    public static String removeMetadata(String text, String key) {
        Block fm = Block.of(text);
        if (fm == null) {
            return text;
        }
        int meta = fm.find("metadata", 0, fm.lines.size(), "");
        if (meta < 0) {
            return text;
        }
        int end = fm.childrenEnd(meta, 0);
        String indent = end > meta + 1 ? leading(fm.lines.get(meta + 1)) : "  ";
        int at = fm.find(key, meta + 1, end, indent);
        if (at < 0) {
            return text;
        }
        fm.replace(at, fm.childrenEnd(at, indent.length()), List.of());
        return fm.join(text);
    }

    /** A YAML scalar: plain when unambiguous, else double-quoted with escapes. */
    static String render(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ") && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
                && !value.matches("[-+]?\\d[\\d._eE+-]*")) {
            return value;
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String leading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    /** The frontmatter lines between the two {@code ---} fences, and where they sit in the text. */
    private static final class Block {
        final List<String> lines;
        final int start;
        final int end;
        final String newline;

        private Block(List<String> lines, int start, int end, String newline) {
            this.lines = lines;
            this.start = start;
            this.end = end;
            this.newline = newline;
        }

        static Block of(String text) {
            String nl = text.contains("\r\n") ? "\r\n" : "\n";
            if (!text.startsWith("---" + nl)) {
                return null;
            }
            int start = 3 + nl.length();
            int pos = start;
            List<String> lines = new ArrayList<>();
            while (pos <= text.length()) {
                int eol = text.indexOf(nl, pos);
                String line = eol < 0 ? text.substring(pos) : text.substring(pos, eol);
                if (line.stripTrailing().equals("---")) {
                    return new Block(lines, start, pos, nl);
                }
                if (eol < 0) {
                    return null;
                }
                lines.add(line);
                pos = eol + nl.length();
            }
            return null;
        }

        /** Index of the line {@code indent + key + ":"} in [from, to), or -1. */
        int find(String key, int from, int to, String indent) {
            for (int i = from; i < to; i++) {
                String l = lines.get(i);
                if (l.startsWith(indent + key + ":") && leading(l).length() == indent.length()) {
                    return i;
                }
            }
            return -1;
        }

        /** End (exclusive) of the lines belonging to the key at {@code at}: deeper-indented or blank lines. */
        int childrenEnd(int at, int keyIndent) {
            int i = at + 1;
            int lastChild = at;
            while (i < lines.size()) {
                String l = lines.get(i);
                if (l.isBlank()) {
                    i++;
                    continue;
                }
                if (leading(l).length() <= keyIndent) {
                    break;
                }
                lastChild = i;
                i++;
            }
            return lastChild + 1;
        }

        void replace(int from, int to, List<String> with) {
            List<String> tail = new ArrayList<>(lines.subList(to, lines.size()));
            lines.subList(from, lines.size()).clear();
            lines.addAll(with);
            lines.addAll(tail);
        }

        String join(String text) {
            String body = String.join(newline, lines);
            return text.substring(0, start) + body + (lines.isEmpty() ? "" : newline) + text.substring(end);
        }
    }

}

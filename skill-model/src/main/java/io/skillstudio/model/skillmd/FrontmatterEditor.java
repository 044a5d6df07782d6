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

    /** The text cannot be edited as asked without breaking it; the caller keeps the text as it is. */
    public static final class EditException extends RuntimeException {
        public EditException(String message) {
            super(message);
        }
    }

    /** Sets a top-level scalar key, replacing its value lines (block scalars included), or adds it. */
    public static String setTopLevel(String text, String key, String value) {
        return verified(setTopLevelUnchecked(text, key, value), key, null, value);
    }

    private static String setTopLevelUnchecked(String text, String key, String value) {
        Block fm = Block.of(text);
        if (fm == null) {
            return "---\n" + key + ": " + render(value) + "\n---\n" + text;
        }
        int at = fm.find(key, 0, fm.lines.size(), "");
        String line = key + ": " + render(value);
        if (at < 0) {
            fm.add(line);
        } else {
            int end = fm.childrenEnd(at, 0);
            fm.replace(at, end, List.of(line));
        }
        return fm.join(text);
    }

    /** Sets {@code metadata.<key>}; creates the metadata mapping when absent. */
    public static String setMetadata(String text, String key, String value) {
        return verified(setMetadataUnchecked(text, key, value), "metadata", key, value);
    }

    private static String setMetadataUnchecked(String text, String key, String value) {
        Block fm = Block.of(text);
        if (fm == null) {
            return "---\nmetadata:\n  " + key + ": " + render(value) + "\n---\n" + text;
        }
        int meta = fm.find("metadata", 0, fm.lines.size(), "");
        if (meta < 0) {
            fm.add("metadata:");
            fm.add("  " + key + ": " + render(value));
            return fm.join(text);
        }
        if (!fm.lines.get(meta).replaceFirst("#.*$", "").strip().equals("metadata:")) {
            throw new EditException("metadata is written inline (flow style); edit it as text");
        }
        int end = fm.childrenEnd(meta, 0);
        String indent = end > meta + 1 ? leading(fm.lines.get(meta + 1)) : "  ";
        if (indent.isEmpty()) {
            indent = "  ";
        }
        int at = fm.find(key, meta + 1, end, indent);
        String line = indent + key + ": " + render(value);
        if (at < 0) {
            fm.add(end, line);
        } else {
            fm.replace(at, fm.childrenEnd(at, indent.length()), List.of(line));
        }
        return fm.join(text);
    }

    /** Removes {@code metadata.<key>}; a no-op when absent. */
    public static String removeMetadata(String text, String key) {
        String out = removeMetadataUnchecked(text, key);
        SkillDocument doc = SkillDocument.parse(out);
        if (out != text
                && (doc.frontmatter().isEmpty()
                        || doc.frontmatter().get().error().isPresent()
                        || doc.metadata().containsKey(key))) {
            throw new EditException(
                    "cannot remove metadata." + key + " without breaking the frontmatter; edit it as text");
        }
        return out;
    }

    /**
     * Re-reads the edited text: the edit must leave the frontmatter parseable with the new value in place.
     * Anything else (flow-style mappings, odd layouts) is refused rather than written.
     */
    private static String verified(String out, String key, String subKey, String value) {
        SkillDocument doc = SkillDocument.parse(out);
        boolean ok = doc.frontmatter().map(f -> f.error().isEmpty()).orElse(false);
        if (ok) {
            Object v = subKey == null
                    ? doc.frontmatter().get().values().get(key)
                    : doc.metadata().get(subKey);
            ok = v != null && String.valueOf(v).equals(value);
        }
        if (!ok) {
            throw new EditException("cannot set " + (subKey == null ? key : key + "." + subKey)
                    + " without breaking the frontmatter; edit it as text");
        }
        return out;
    }

    private static String removeMetadataUnchecked(String text, String key) {
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
        if (PLAIN.matcher(value).matches()
                && !value.endsWith(" ")
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
                && !value.matches("[-+]?\\d[\\d._eE+-]*")
                && !value.matches("(?i)[-+]?0[xob].*")) {
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
        /** The lines with their own terminators, so untouched lines keep CRLF or LF as written. */
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

        /**
         * Finds the block the way {@link FrontmatterSplitter} does: an optional BOM, a {@code ---} line
         * (trailing spaces allowed), lines up to the next {@code ---} line. The newline used for new lines
         * is the opening fence's own; existing lines keep theirs.
         */
        static Block of(String text) {
            int start = text.startsWith("\uFEFF") ? 1 : 0;
            int eol = lineEnd(text, start);
            if (eol >= text.length() || !text.substring(start, eol).strip().equals("---")) {
                return null;
            }
            String nl = text.startsWith("\r\n", eol) ? "\r\n" : text.substring(eol, eol + 1);
            int pos = eol + nl.length();
            int first = pos;
            List<String> lines = new ArrayList<>();
            while (pos <= text.length()) {
                int e = lineEnd(text, pos);
                String line = text.substring(pos, e);
                if (line.startsWith("---") && line.strip().equals("---")) {
                    return new Block(lines, first, pos, nl);
                }
                if (e >= text.length()) {
                    return null;
                }
                String ending = text.startsWith("\r\n", e) ? "\r\n" : text.substring(e, e + 1);
                lines.add(line + ending);
                pos = e + ending.length();
            }
            return null;
        }

        private static int lineEnd(String text, int from) {
            int i = from;
            while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            return i;
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
                if (l.isBlank() || l.strip().startsWith("#")) {
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

        /** Replaces lines [from, to) with new content lines, which get the fence's line ending. */
        void replace(int from, int to, List<String> with) {
            List<String> tail = new ArrayList<>(lines.subList(to, lines.size()));
            lines.subList(from, lines.size()).clear();
            with.forEach(w -> lines.add(w + newline));
            lines.addAll(tail);
        }

        /** Appends a content line (at {@code index}, or at the end). */
        void add(int index, String content) {
            lines.add(index, content + newline);
        }

        void add(String content) {
            lines.add(content + newline);
        }

        String join(String text) {
            return text.substring(0, start) + String.join("", lines) + text.substring(end);
        }
    }
}

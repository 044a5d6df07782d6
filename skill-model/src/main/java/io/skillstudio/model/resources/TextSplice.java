package io.skillstudio.model.resources;

import org.yaml.snakeyaml.error.Mark;

/**
 * Line-aware splicing of a text by char index. SnakeYAML marks count code points, so {@link #at}
 * converts them; everything else works on Java char indices.
 */
final class TextSplice {

    private final String text;
    private final boolean hasAstral;

    TextSplice(String text) {
        this.text = text;
        this.hasAstral = text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
    }

    String text() {
        return text;
    }

    /** The file's own line ending, so inserted lines match the rest. */
    String newline() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    int at(Mark mark) {
        int cp = mark.getIndex();
        return hasAstral
                ? text.offsetByCodePoints(0, Math.min(cp, text.codePointCount(0, text.length())))
                : Math.min(cp, text.length());
    }

    /** Index just past the last non-whitespace char before {@code index}. */
    int trimBack(int index) {
        int i = index;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    int lineStart(int index) {
        int i = index;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** Index of the line break ending the line that holds {@code index - 1}, or the text's end. */
    int lineEnd(int index) {
        int i = Math.max(index, 0);
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    int lineEndIncludingNewline(int index) {
        int i = lineEnd(index);
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    /** The {@code -} that introduces the block sequence item starting at {@code itemStart}. */
    int dashBefore(int itemStart) {
        int i = itemStart - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '-') {
            return i;
        }
        throw new ManifestEditor.EditException("entry is not a block list item ('- ...'); edit it as text");
    }

    String replace(int start, int end, String replacement) {
        return text.substring(0, start) + replacement + text.substring(end);
    }

    String insert(int index, String s) {
        return text.substring(0, index) + s + text.substring(index);
    }

    String chars(int start, int end) {
        return text.substring(start, end);
    }

    String cut(int start, int end) {
        return text.substring(0, start) + text.substring(end);
    }

    /** Removes the whole lines from the one holding {@code start} to the one holding {@code end - 1}. */
    String removeLines(int start, int end) {
        return cut(lineStart(start), lineEndIncludingNewline(Math.max(start, end - 1)));
    }
}

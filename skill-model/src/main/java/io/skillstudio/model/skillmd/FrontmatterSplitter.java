package io.skillstudio.model.skillmd;

import java.util.Optional;

/**
 * Finds the {@code ---} fenced YAML block at the start of SKILL.md. Accepts CRLF and a leading BOM,
 * like a forgiving editor; whether upstream's stricter regex also matches is a separate lint.
 */
final class FrontmatterSplitter {

    private FrontmatterSplitter() {}

    record Split(String yaml, int yamlFirstLine, String body) {}

    static Optional<Split> split(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int firstEol = lineEnd(text, start);
        if (!text.substring(start, firstEol).strip().equals("---")) {
            return Optional.empty();
        }
        int yamlStart = skipEol(text, firstEol);
        int lineStart = yamlStart;
        while (lineStart < text.length()) {
            int eol = lineEnd(text, lineStart);
            String line = text.substring(lineStart, eol);
            if (line.strip().equals("---") && line.startsWith("---")) {
                String yaml = text.substring(yamlStart, lineStart);
                return Optional.of(new Split(yaml, 2, text.substring(skipEol(text, eol))));
            }
            lineStart = skipEol(text, eol);
            if (lineStart == eol) {
                break;
            }
        }
        return Optional.empty();
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int skipEol(String text, int eol) {
        if (eol < text.length() && text.charAt(eol) == '\r') {
            eol++;
        }
        if (eol < text.length() && text.charAt(eol) == '\n') {
            eol++;
        }
        return eol;
    }
}

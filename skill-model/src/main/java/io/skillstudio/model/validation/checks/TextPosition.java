package io.skillstudio.model.validation.checks;

/** 1-based line and column of a char offset, counting CRLF, CR and LF as one line break each. */
record TextPosition(int line, int column) {

    static TextPosition of(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, end - lineStart + 1);
    }

    /** Position of the first occurrence of {@code needle}, or the file start. */
    static TextPosition find(String text, String needle) {
        int i = text.indexOf(needle);
        return i < 0 ? new TextPosition(1, 1) : of(text, i);
    }
}

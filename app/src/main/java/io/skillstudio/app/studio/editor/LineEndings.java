package io.skillstudio.app.studio.editor;

/**
 * Line endings of a file on disk versus in the editor. RichTextFX keeps only '\n', so a CRLF file is
 * normalised when opened and converted back when saved: otherwise the first keystroke would rewrite
 * every line of the file, and a freshly reloaded CRLF file would look edited.
 */
public final class LineEndings {

    public static final String LF = "\n";
    public static final String CRLF = "\r\n";

    private LineEndings() {}

    /** The file's separator: CRLF when most of its line breaks are CRLF, else LF. */
    public static String detect(String text) {
        int crlf = 0;
        int lf = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '\r') {
                crlf++;
            } else {
                lf++;
            }
        }
        return crlf > lf ? CRLF : LF;
    }

    /** The text as the editor holds it: CRLF line breaks become LF. */
    public static String toEditor(String text) {
        return text.replace(CRLF, LF);
    }

    /** The editor's text with the file's separator put back. */
    public static String toDisk(String editorText, String separator) {
        return separator.equals(LF) ? editorText : editorText.replace(LF, separator);
    }
}

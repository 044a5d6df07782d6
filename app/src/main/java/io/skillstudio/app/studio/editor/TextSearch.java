package io.skillstudio.app.studio.editor;

import java.util.Locale;

/** Plain-text search and replace, case-sensitive or not; no toolkit, so it is tested directly. */
public final class TextSearch {

    public record Result(String text, int count) {}

    private TextSearch() {}

    public static int indexOf(String text, String needle, int from, boolean matchCase) {
        if (matchCase) {
            return text.indexOf(needle, from);
        }
        return text.toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT), from);
    }

    public static Result replaceAll(String text, String needle, String replacement, boolean matchCase) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        int from = 0;
        int at;
        while (!needle.isEmpty() && (at = indexOf(text, needle, from, matchCase)) >= 0) {
            out.append(text, from, at).append(replacement);
            from = at + needle.length();
            count++;
        }
        out.append(text.substring(from));
        return new Result(out.toString(), count);
    }
}

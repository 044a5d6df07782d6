package io.skillstudio.model.versioning;

import java.time.LocalDate;

/**
 * {@code CHANGELOG.md} in the package root (a file upstream's loader ignores, skillrm-format.md §1.1).
 * New entries go on top, under the title, in the "Keep a Changelog" layout; the rest of the file stays
 * as written.
 */
public final class Changelog {

    public static final String FILE = "CHANGELOG.md";
    static final String TITLE = "# Changelog";

    private Changelog() {}

    /** {@code existing} (null when the file is absent) with an entry for {@code version} added on top. */
    public static String addEntry(String existing, SkillVersion version, LocalDate date, String notes) {
        String nl = existing != null && existing.contains("\r\n") ? "\r\n" : "\n";
        String body = notes == null || notes.isBlank() ? "- No notes." : bullets(notes.strip(), nl);
        String entry = "## " + version + " - " + date + nl + nl + body + nl;
        if (existing == null || existing.isBlank()) {
            return TITLE + nl + nl + entry;
        }
        int first = firstEntry(existing);
        if (first < 0) {
            String sep = existing.endsWith(nl + nl) ? "" : existing.endsWith(nl) ? nl : nl + nl;
            return existing + sep + entry;
        }
        return existing.substring(0, first) + entry + nl + existing.substring(first);
    }

    /** Each line of the notes as a list item, unless the author already wrote list items. */
    private static String bullets(String notes, String nl) {
        StringBuilder b = new StringBuilder();
        for (String line : notes.split("\\R")) {
            if (b.length() > 0) {
                b.append(nl);
            }
            String t = line.strip();
            b.append(t.startsWith("- ") || t.startsWith("* ") || t.isEmpty() ? line : "- " + t);
        }
        return b.toString();
    }

    /** Offset of the first {@code ## } heading at a line start, or -1. */
    private static int firstEntry(String text) {
        if (text.startsWith("## ")) {
            return 0;
        }
        int i = text.indexOf("\n## ");
        return i < 0 ? -1 : i + 1;
    }
}

package io.skillstudio.app.studio.editor;

import io.skillstudio.model.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Maps diagnostics to character ranges of a text, and overlays them as squiggle classes. */
public final class DiagnosticSpans {

    /** A range {@code [start, end)} with its squiggle class. */
    public record Range(int start, int end, String styleClass) {}

    private DiagnosticSpans() {}

    /** Offset of the start of each line, so 1-based line/column convert in O(1). */
    public static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The underlined range of each positioned diagnostic. Line and column are 1-based and the column
     * counts UTF-16 chars (an emoji is two), as skill-model reports them and as RichTextFX and the
     * caret column in the status bar count; so offsets are plain {@code String} indexes. A whole-file diagnostic (line 0) has none;
     * a point (length 0) underlines to the end of the word, or the line when there is no word.
     */
    public static List<Range> ranges(String text, List<Diagnostic> diagnostics) {
        int[] starts = lineStarts(text);
        List<Range> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.line() < 1 || d.line() > starts.length) {
                continue;
            }
            int lineStart = starts[d.line() - 1];
            int lineEnd = d.line() < starts.length ? starts[d.line()] - 1 : text.length();
            int start = Math.min(lineStart + Math.max(0, d.column() - 1), lineEnd);
            int end = d.length() > 0 ? Math.min(start + d.length(), text.length()) : wordEnd(text, start, lineEnd);
            if (end <= start) {
                start = lineStart;
                end = lineEnd;
            }
            if (end > start) {
                out.add(new Range(start, end, "squiggle-" + d.severity().label()));
            }
        }
        out.sort(Comparator.comparingInt(Range::start));
        return out;
    }

    private static int wordEnd(String text, int start, int lineEnd) {
        int i = start;
        while (i < lineEnd && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == start ? lineEnd : i;
    }

    /** The squiggle ranges as spans over a text of {@code length}, for {@code StyleSpans.overlay}. */
    public static StyleSpans<Collection<String>> spans(int length, List<Range> ranges) {
        // Split at every boundary so overlapping ranges each keep their class.
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Range r : ranges) {
            cuts.add(Math.min(r.start(), length));
            cuts.add(Math.min(r.end(), length));
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                Set<String> classes = new TreeSet<>();
                for (Range r : ranges) {
                    if (r.start() <= prev && r.end() >= cut) {
                        classes.add(r.styleClass());
                    }
                }
                b.add(classes.isEmpty() ? Collections.emptyList() : List.copyOf(classes), cut - prev);
            }
            prev = cut;
        }
        if (length == 0) {
            b.add(Collections.emptyList(), 0);
        }
        return b.create();
    }
}

package io.skillstudio.evaluator.constraints;

import io.skillstudio.evaluator.python.PyText;
import java.util.ArrayList;
import java.util.List;

/** Substring helpers: {@code contains}, {@code count_occurrences} and {@code punctuation_count}. */
final class Occurrences {

    private Occurrences() {}

    /** {@code needle in text} after {@code lower()} of both unless case sensitive. */
    static boolean contains(String text, String needle, boolean caseSensitive) {
        return caseSensitive ? text.contains(needle) : PyText.lower(text).contains(PyText.lower(needle));
    }

    /**
     * Start offsets (in the possibly lower-cased text) of the counted occurrences: non-overlapping like
     * {@code str.count}, or restarting one character after each hit. An empty needle counts 0.
     */
    static List<Integer> find(String text, String needle, boolean caseSensitive, boolean overlap) {
        List<Integer> hits = new ArrayList<>();
        if (needle.isEmpty()) {
            return hits;
        }
        String t = caseSensitive ? text : PyText.lower(text);
        String n = caseSensitive ? needle : PyText.lower(needle);
        int step = overlap ? 1 : n.length();
        for (int at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + step)) {
            hits.add(at);
        }
        return hits;
    }

    /**
     * {@code text.count(mark)}: non-overlapping; an empty mark counts the code points plus one, as
     * Python's {@code str.count("")} does.
     */
    static int punctuationCount(String text, String mark) {
        if (mark.isEmpty()) {
            return PyText.length(text) + 1;
        }
        int n = 0;
        for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length())) {
            n++;
        }
        return n;
    }
}

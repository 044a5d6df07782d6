package io.skillstudio.evaluator.constraints;

import io.skillstudio.evaluator.python.PyText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code re.findall(r"\b[\w'-]+\b", text)} as a hand-written scanner: take the longest run of word
 * characters, apostrophes and hyphens that starts at a word boundary, then give back characters
 * until the end is a boundary too. Faster than a regex and exact for Python's Unicode {@code \w}.
 */
final class Words {

    private Words() {}

    static List<TextSpan> spans(String t) {
        List<TextSpan> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        boolean prevWord = false;
        while (i < n) {
            int cp = t.codePointAt(i);
            boolean word = PyText.isWord(cp);
            if (prevWord != word && (word || cp == '\'' || cp == '-')) {
                int end = runEnd(t, i);
                int k = lastBoundary(t, i, end);
                if (k > i) {
                    out.add(new TextSpan(i, k));
                    i = k;
                    prevWord = PyText.isWord(t.codePointBefore(k));
                    continue;
                }
            }
            prevWord = word;
            i += Character.charCount(cp);
        }
        return out;
    }

    private static int runEnd(String t, int from) {
        int j = from;
        while (j < t.length()) {
            int cp = t.codePointAt(j);
            if (!PyText.isWord(cp) && cp != '\'' && cp != '-') {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    /** The largest {@code k} in {@code (from, end]} with a word boundary at {@code k}, or {@code from}. */
    private static int lastBoundary(String t, int from, int end) {
        int k = end;
        while (k > from) {
            boolean before = PyText.isWord(t.codePointBefore(k));
            boolean after = k < t.length() && PyText.isWord(t.codePointAt(k));
            if (before != after) {
                return k;
            }
            k -= Character.charCount(t.codePointBefore(k));
        }
        return from;
    }

    static List<String> words(String t) {
        List<TextSpan> spans = spans(t);
        List<String> out = new ArrayList<>(spans.size());
        for (TextSpan s : spans) {
            out.add(s.of(t));
        }
        return out;
    }

    static int unique(String t, boolean caseSensitive) {
        Set<String> seen = new HashSet<>();
        for (TextSpan s : spans(t)) {
            String w = s.of(t);
            seen.add(caseSensitive ? w : PyText.lower(w));
        }
        return seen.size();
    }
}

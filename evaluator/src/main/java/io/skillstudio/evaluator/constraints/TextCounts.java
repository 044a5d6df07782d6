package io.skillstudio.evaluator.constraints;

import io.skillstudio.evaluator.python.PyText;
import java.util.ArrayList;
import java.util.List;

/** The length-like helpers: characters, lines, paragraphs and sentences, with Python's rules. */
final class TextCounts {

    private TextCounts() {}

    /** {@code len(t)}, or {@code len(re.sub(r"\s+", "", t))}, in code points. */
    static int charCount(String t, boolean includeSpaces) {
        if (includeSpaces) {
            return PyText.length(t);
        }
        int n = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (!PyText.isSpace(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Lines from {@code str.splitlines()}, dropping blank ones when {@code nonempty}. */
    static List<TextSpan> lines(String t, boolean nonempty) {
        List<TextSpan> out = new ArrayList<>();
        for (int[] line : PyText.splitLines(t)) {
            if (!nonempty || !PyText.isBlank(t, line[0], line[1])) {
                out.add(new TextSpan(line[0], line[1]));
            }
        }
        return out;
    }

    /**
     * Non-blank blocks of {@code t.strip()} split on {@code \n\s*\n}. A split happens exactly at each
     * whitespace run that holds two or more line feeds, and every block between splits has text.
     */
    static List<TextSpan> paragraphs(String t) {
        List<TextSpan> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        int blockStart = -1;
        int blockEnd = -1;
        while (i < n) {
            int cp = t.codePointAt(i);
            if (PyText.isSpace(cp)) {
                int feeds = 0;
                while (i < n && PyText.isSpace(cp = t.codePointAt(i))) {
                    feeds += cp == '\n' ? 1 : 0;
                    i += Character.charCount(cp);
                }
                if (feeds >= 2 && blockStart >= 0) {
                    out.add(new TextSpan(blockStart, blockEnd));
                    blockStart = -1;
                }
                continue;
            }
            if (blockStart < 0) {
                blockStart = i;
            }
            i += Character.charCount(cp);
            blockEnd = i;
        }
        if (blockStart >= 0) {
            out.add(new TextSpan(blockStart, blockEnd));
        }
        return out;
    }

    private static boolean isTerminator(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == '\u3002' || cp == '\uFF01' || cp == '\uFF1F';
    }

    /**
     * Matches of {@code [^.!?。！？]+[.!?。！？]} in {@code normalize_space(t)}, plus one when text is
     * left over. Offsets refer to the normalized text, so callers only use the count.
     */
    static int sentenceCount(String t) {
        String s = PyText.normalizeSpace(t);
        if (s.isEmpty()) {
            return 0;
        }
        int count = 0;
        boolean leftover = false;
        int i = 0;
        int n = s.length();
        while (i < n) {
            int runStart = i;
            while (i < n && !isTerminator(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                leftover |= !PyText.isBlank(s, runStart, n);
                break;
            }
            if (i > runStart) {
                count++;
            } else {
                leftover = true; // a terminator with no text before it stays behind after re.sub
            }
            i++;
        }
        return count + (leftover ? 1 : 0);
    }
}

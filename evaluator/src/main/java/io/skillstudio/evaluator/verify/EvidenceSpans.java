package io.skillstudio.evaluator.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prepares a verifier's evidence for the trace: spans with the same note separated only by whitespace
 * (the word-level matches of counting verifiers) become one region with their count, and every span
 * gets the text it covers, so a viewer shows "42 words" once instead of 42 highlights and a trace alone
 * renders its evidence.
 */
public final class EvidenceSpans {

    /** Quotes longer than this are cut and end with an ellipsis; the offsets stay exact. */
    public static final int MAX_QUOTE = 200;

    private EvidenceSpans() {}

    public static List<EvidenceSpan> forTrace(String response, List<EvidenceSpan> spans) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<EvidenceSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(EvidenceSpan::start).thenComparingInt(EvidenceSpan::end));
        List<EvidenceSpan> out = new ArrayList<>();
        EvidenceSpan cur = sorted.get(0);
        int count = countOf(cur);
        for (int i = 1; i < sorted.size(); i++) {
            EvidenceSpan next = sorted.get(i);
            if (next.note().equals(cur.note()) && onlyWhitespaceBetween(response, cur.end(), next.start())) {
                cur = new EvidenceSpan(cur.start(), Math.max(cur.end(), next.end()), cur.note());
                count += countOf(next);
            } else {
                out.add(quoted(response, cur, count));
                cur = next;
                count = countOf(next);
            }
        }
        out.add(quoted(response, cur, count));
        return out;
    }

    private static int countOf(EvidenceSpan s) {
        return s.count() == null ? 1 : s.count();
    }

    private static boolean onlyWhitespaceBetween(String text, int from, int to) {
        if (to < from) {
            return true; // overlapping
        }
        for (int i = from; i < to && i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return to <= text.length();
    }

    private static EvidenceSpan quoted(String response, EvidenceSpan s, int count) {
        int from = Math.min(s.start(), response.length());
        int to = Math.min(s.end(), response.length());
        String text = response.substring(from, to);
        if (text.length() > MAX_QUOTE) {
            // Never cut a surrogate pair in half.
            int cut = Character.isHighSurrogate(text.charAt(MAX_QUOTE - 1)) ? MAX_QUOTE - 1 : MAX_QUOTE;
            text = text.substring(0, cut) + "…";
        }
        return new EvidenceSpan(s.start(), s.end(), s.note(), text, count > 1 ? count : null);
    }
}

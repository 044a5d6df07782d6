package io.skillstudio.evaluator.checklist;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggests registry ids close to a mistyped one (edit distance, or the same last segment). */
public final class CloseIds {

    private static final int MAX = 3;

    private CloseIds() {}

    public static List<String> near(String wanted, Collection<String> known) {
        String w = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 4);
        return known.stream()
                .map(k -> new Candidate(k, distance(w, k.toLowerCase(Locale.ROOT))))
                .filter(c -> c.distance <= limit || lastSegment(c.id).equalsIgnoreCase(lastSegment(wanted)))
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::id))
                .limit(MAX)
                .map(Candidate::id)
                .toList();
    }

    private record Candidate(String id, int distance) {}

    // IFEval ids are "family:name", helpers "constraint.name": the name alone is what people get right.
    private static String lastSegment(String id) {
        int cut = Math.max(id.lastIndexOf(':'), id.lastIndexOf('.'));
        return id.substring(cut + 1);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package io.skillstudio.evaluator.python.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's case-insensitive range test lower-cases the subject and then also tries its upper case,
 * so the Kelvin sign matches {@code [A-Z]} (K -> k -> K). Java tests the subject, its upper and its
 * lower case only, and misses such characters; this lists them so a translated range can add them.
 */
final class CaseFolding {

    /** Pairs {@code (ch, upper(lower(ch)))} that Python matches through the round trip but Java does not. */
    private static final int[][] EXTRAS;

    static {
        List<int[]> extras = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int lower = Character.toLowerCase(cp);
            int round = Character.toUpperCase(lower);
            if (round != cp && round != lower && round != Character.toUpperCase(cp)) {
                extras.add(new int[] {cp, round});
            }
        }
        EXTRAS = extras.toArray(new int[0][]);
    }

    private CaseFolding() {}

    static List<int[]> extrasFor(int lo, int hi) {
        List<int[]> out = new ArrayList<>(2);
        for (int[] e : EXTRAS) {
            if (e[1] >= lo && e[1] <= hi && (e[0] < lo || e[0] > hi)) {
                out.add(e);
            }
        }
        return out;
    }
}

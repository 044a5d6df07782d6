package io.skillstudio.evaluator.python;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable set of code points stored as sorted inclusive ranges, with a bitmap for ASCII so the
 * common case costs one array read instead of a binary search.
 */
public final class CodePointSet {

    private final int[] starts;
    private final int[] ends;
    private final boolean[] ascii = new boolean[128];

    private CodePointSet(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
        for (int cp = 0; cp < 128; cp++) {
            ascii[cp] = search(cp);
        }
    }

    /** Parses {@code "30-39,41-5a"} (hex, inclusive, sorted, disjoint). */
    public static CodePointSet parse(String ranges) {
        String[] parts = ranges.isEmpty() ? new String[0] : ranges.split(",");
        int[] s = new int[parts.length];
        int[] e = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            int dash = parts[i].indexOf('-');
            s[i] = Integer.parseInt(parts[i], 0, dash, 16);
            e[i] = Integer.parseInt(parts[i], dash + 1, parts[i].length(), 16);
        }
        return new CodePointSet(s, e);
    }

    public boolean contains(int cp) {
        return cp < 128 ? cp >= 0 && ascii[cp] : search(cp);
    }

    private boolean search(int cp) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < starts[mid]) {
                hi = mid - 1;
            } else if (cp > ends[mid]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The ranges as {@code [start, end]} pairs, for building regex character classes. */
    public List<int[]> ranges() {
        List<int[]> out = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            out.add(new int[] {starts[i], ends[i]});
        }
        return out;
    }
}

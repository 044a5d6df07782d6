package io.skillstudio.model.load;

import java.util.Comparator;

/**
 * Python's {@code sorted(Path)} order: component by component, each compared by code point. It differs
 * from plain string order ({@code a/b.md} sorts before {@code a-b/x.md}) and from
 * {@link String#compareTo}, which compares UTF-16 units.
 */
public final class PathOrder {

    public static final Comparator<String> UPSTREAM = PathOrder::compareComponents;

    /** Plain string order by code point, as upstream's files-map hash (algorithm C) uses. */
    public static final Comparator<String> CODE_POINT = PathOrder::compareCodePoints;

    private PathOrder() {}

    static int compareComponents(String a, String b) {
        String[] pa = a.split("/", -1);
        String[] pb = b.split("/", -1);
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = compareCodePoints(pa[i], pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}

package io.skillstudio.app.studio.shell;

import java.util.Locale;

/** Counted nouns for the status bar: "1 warning", "2 warnings", "0 errors". */
public final class Counts {
    private Counts() {}

    /** English plural by adding "s"; enough for the nouns the status bar uses (error, warning, file). */
    public static String of(int n, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }
}

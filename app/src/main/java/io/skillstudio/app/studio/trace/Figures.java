package io.skillstudio.app.studio.trace;

import java.util.Locale;

/** How the studio writes a score or value: three decimals, the same in every locale. */
public final class Figures {

    private Figures() {}

    public static String format(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}

package io.skillstudio.app.studio.run;

import java.util.Locale;

/** The progress line of a run: samples done, rate and time left. */
public final class RunProgressText {

    private RunProgressText() {}

    /** {@code "120 / 5000 samples · 85.0/s · 57 s left"}; rate and time left once something finished. */
    public static String of(int done, int total, long elapsedNanos) {
        String head = done + " / " + total + " samples";
        if (done == 0 || elapsedNanos <= 0) {
            return head;
        }
        double rate = done / (elapsedNanos / 1e9);
        long left = Math.round((total - done) / rate);
        return head + String.format(Locale.ROOT, " · %.1f/s · %s left", rate, duration(left));
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
    }
}

package io.skillstudio.app.studio.run.results;

import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;

/**
 * Redraws a view when what it shows changes, but only while it is shown: a tab in the background is
 * redrawn when it is next selected. A run that ends then costs the FX thread nothing for the summary and
 * charts nobody looks at, and the redraw happens in answer to the click that shows them.
 */
final class WhenShown {

    private WhenShown() {}

    /**
     * Runs {@code redraw} now, and again after each change of {@code source}: at once while {@code shown}
     * is true, otherwise when it next turns true.
     */
    static void redraw(ObservableValue<Boolean> shown, Observable source, Runnable redraw) {
        boolean[] stale = {false};
        // An invalidation listener: the redraw reads the source, which re-arms it; while hidden, the first
        // change is enough to know a redraw is due.
        source.addListener(o -> {
            if (Boolean.TRUE.equals(shown.getValue())) {
                redraw.run();
            } else {
                stale[0] = true;
            }
        });
        shown.addListener((obs, was, now) -> {
            if (Boolean.TRUE.equals(now) && stale[0]) {
                stale[0] = false;
                redraw.run();
            }
        });
        redraw.run();
    }
}

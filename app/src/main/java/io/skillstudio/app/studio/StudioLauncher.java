package io.skillstudio.app.studio;

import javafx.application.Application;

/**
 * Starts the studio. A separate class from {@link StudioApp} because a main class that extends
 * {@code Application} fails on a plain class path (java-stack.md gotcha 4).
 */
public final class StudioLauncher {
    private StudioLauncher() {}

    public static void launch(String[] args) {
        Application.launch(StudioApp.class, args);
    }
}

package io.skillstudio.app.studio.settings;

import java.nio.file.Path;

/** Where settings and recovery files live: {@code -Dskillstudio.home}, else {@code ~/.skillstudio}. */
public final class StudioHome {
    private StudioHome() {}

    public static Path get() {
        String override = System.getProperty("skillstudio.home");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".skillstudio");
    }
}

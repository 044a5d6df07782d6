package io.skillstudio.app;

/** Opens the JavaFX studio when it is on the class path (the studio issue adds it). */
final class StudioLauncher {
    private static final String APP_CLASS = "io.skillstudio.app.studio.StudioLauncherImpl";

    private StudioLauncher() {}

    static boolean available() {
        try {
            Class.forName(APP_CLASS, false, StudioLauncher.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static void launch(String[] args) {
        try {
            Class.forName(APP_CLASS).getMethod("launch", String[].class).invoke(null, (Object) args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the studio", e);
        }
    }
}

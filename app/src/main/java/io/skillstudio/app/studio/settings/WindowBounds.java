package io.skillstudio.app.studio.settings;

import java.util.Locale;
import java.util.Optional;

/** Where the main window was and how big, as stored in the settings file ("x,y,width,height[,max]"). */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    private static final double MIN_SIZE = 400;

    public String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f%s", x, y, width, height, maximized ? ",max" : "");
    }

    /** Empty for a missing or malformed value, or one too small to use (settings never block startup). */
    public static Optional<WindowBounds> parse(String s) {
        String[] parts = s.split(",");
        if (parts.length < 4) {
            return Optional.empty();
        }
        try {
            WindowBounds b = new WindowBounds(
                    Double.parseDouble(parts[0]),
                    Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]),
                    Double.parseDouble(parts[3]),
                    parts.length > 4 && parts[4].trim().equals("max"));
            return b.width() >= MIN_SIZE && b.height() >= MIN_SIZE / 2 ? Optional.of(b) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package io.skillstudio.app.studio.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Applies the AtlantaFX theme; the studio stylesheet uses the theme's colour variables, so it follows. */
public final class ThemeManager {

    private static final String STUDIO_CSS = "/io/skillstudio/app/studio/studio.css";

    private ThemeManager() {}

    public static void apply(Scene scene, Theme theme) {
        Application.setUserAgentStylesheet(
                theme == Theme.DARK
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
        String css = ThemeManager.class.getResource(STUDIO_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(theme == Theme.DARK ? "theme-dark" : "theme-light");
    }
}

package io.skillstudio.app.studio.settings;

/** The two AtlantaFX themes the studio offers. */
public enum Theme {
    LIGHT,
    DARK
}

package io.skillstudio.app.studio.settings;

import io.skillstudio.model.save.AtomicFiles;
import io.skillstudio.model.validation.LintMode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remembered choices: theme, font size, lint mode (the current one and each package's), recent packages,
 * keymap overrides, the window's bounds and the model judge.
 */
public final class StudioSettings {

    private static final Logger LOG = LoggerFactory.getLogger(StudioSettings.class);
    private static final int MAX_RECENT = 10;
    private static final String KEY_PREFIX = "key.";
    private static final String LINT_PREFIX = "lintMode.package.";

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize", 13);
    private final ObjectProperty<LintMode> lintMode = new SimpleObjectProperty<>(this, "lintMode", LintMode.STRICT);
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final Map<String, String> keyOverrides = new LinkedHashMap<>();
    private final Map<String, LintMode> packageLintModes = new LinkedHashMap<>();
    private final ObjectProperty<WindowBounds> window = new SimpleObjectProperty<>(this, "window");
    private final JudgePreferences judge = new JudgePreferences();
    private final Path file;

    public StudioSettings(Path home) {
        this.file = home.resolve("settings.properties");
    }

    // --- properties
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public ObjectProperty<LintMode> lintModeProperty() {
        return lintMode;
    }

    public ObservableList<String> recent() {
        return recent;
    }

    public Map<String, String> keyOverrides() {
        return keyOverrides;
    }

    public JudgePreferences judge() {
        return judge;
    }

    /** The lint mode chosen for the package in {@code folder}, if the user ever chose one. */
    public Optional<LintMode> lintModeFor(Path folder) {
        return Optional.ofNullable(packageLintModes.get(key(folder)));
    }

    public void rememberLintMode(Path folder, LintMode mode) {
        packageLintModes.put(key(folder), mode);
    }

    /** The main window's last size and position (null until it was first closed or moved). */
    public ObjectProperty<WindowBounds> windowProperty() {
        return window;
    }

    private static String key(Path folder) {
        return folder.toAbsolutePath().normalize().toString();
    }

    // --- commands
    public void addRecent(Path folder) {
        String s = folder.toAbsolutePath().normalize().toString();
        recent.remove(s);
        recent.add(0, s);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
    }

    /** Reads the file; a missing or broken file leaves the defaults (settings must never block startup). */
    public StudioSettings load() {
        if (!Files.isRegularFile(file)) {
            return this;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("settings unreadable, using defaults: {}", file, e);
            return this;
        }
        theme.set("dark".equalsIgnoreCase(p.getProperty("theme")) ? Theme.DARK : Theme.LIGHT);
        try {
            fontSize.set(Math.max(8, Math.min(40, Integer.parseInt(p.getProperty("fontSize", "13")))));
            lintMode.set(LintMode.parse(p.getProperty("lintMode", "STRICT")));
        } catch (IllegalArgumentException e) {
            LOG.warn("bad setting value in {}", file, e);
        }
        List<String> rec = new ArrayList<>();
        for (int i = 0; p.containsKey("recent." + i); i++) {
            rec.add(p.getProperty("recent." + i));
        }
        recent.setAll(rec);
        p.stringPropertyNames().stream()
                .filter(k -> k.startsWith(KEY_PREFIX))
                .sorted()
                .forEach(k -> keyOverrides.put(k.substring(KEY_PREFIX.length()), p.getProperty(k)));
        p.stringPropertyNames().stream().filter(k -> k.startsWith(LINT_PREFIX)).forEach(k -> {
            try {
                packageLintModes.put(k.substring(LINT_PREFIX.length()), LintMode.parse(p.getProperty(k)));
            } catch (IllegalArgumentException e) {
                LOG.warn("bad lint mode for {} in {}", k, file);
            }
        });
        window.set(WindowBounds.parse(p.getProperty("window", "")).orElse(null));
        judge.load(p);
        return this;
    }

    public void save() {
        Properties p = new Properties();
        p.setProperty("theme", theme.get().name().toLowerCase(Locale.ROOT));
        p.setProperty("fontSize", String.valueOf(fontSize.get()));
        p.setProperty("lintMode", lintMode.get().name());
        for (int i = 0; i < recent.size(); i++) {
            p.setProperty("recent." + i, recent.get(i));
        }
        keyOverrides.forEach((k, v) -> p.setProperty(KEY_PREFIX + k, v));
        packageLintModes.forEach((k, v) -> p.setProperty(LINT_PREFIX + k, v.name()));
        if (window.get() != null) {
            p.setProperty("window", window.get().format());
        }
        judge.store(p);
        try {
            StringWriter w = new StringWriter();
            p.store(w, "Skill Studio settings");
            AtomicFiles.write(file, w.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("cannot save settings to {}", file, e);
        }
    }
}

package io.skillstudio.app.studio.settings;

import io.skillstudio.evaluator.judge.JudgeSettings;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model-judge part of the studio settings. Holds the NAME of the environment variable with the
 * API key, never the key: this object is written to {@code ~/.skillstudio/settings.properties}.
 */
public final class JudgePreferences {

    /** {@code enable_thinking} has three states: not sent, true, false. */
    public enum Thinking {
        UNSET("Not sent (server default)"),
        ON("On (true)"),
        OFF("Off (false)");

        private final String text;

        Thinking(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** What a shell accepts as a variable name; anything else is probably a pasted key. */
    public static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static final Logger LOG = LoggerFactory.getLogger(JudgePreferences.class);
    private static final String P = "judge.";

    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final StringProperty apiKeyEnv = new SimpleStringProperty(this, "apiKeyEnv", "");
    private final DoubleProperty temperature =
            new SimpleDoubleProperty(this, "temperature", JudgeSettings.DEFAULT_TEMPERATURE);
    private final IntegerProperty maxTokens =
            new SimpleIntegerProperty(this, "maxTokens", JudgeSettings.DEFAULT_MAX_TOKENS);
    private final IntegerProperty timeoutSeconds =
            new SimpleIntegerProperty(this, "timeoutSeconds", (int) JudgeSettings.DEFAULT_TIMEOUT.toSeconds());
    private final IntegerProperty retries = new SimpleIntegerProperty(this, "retries", JudgeSettings.DEFAULT_RETRIES);
    private final IntegerProperty concurrency =
            new SimpleIntegerProperty(this, "concurrency", JudgeSettings.DEFAULT_CONCURRENCY);
    private final ObjectProperty<Thinking> enableThinking =
            new SimpleObjectProperty<>(this, "enableThinking", Thinking.UNSET);
    private final BooleanProperty pythonSandbox = new SimpleBooleanProperty(this, "pythonSandbox", false);

    // --- properties (two-way form fields)
    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty apiKeyEnvProperty() {
        return apiKeyEnv;
    }

    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    public IntegerProperty maxTokensProperty() {
        return maxTokens;
    }

    public IntegerProperty timeoutSecondsProperty() {
        return timeoutSeconds;
    }

    public IntegerProperty retriesProperty() {
        return retries;
    }

    public IntegerProperty concurrencyProperty() {
        return concurrency;
    }

    public ObjectProperty<Thinking> enableThinkingProperty() {
        return enableThinking;
    }

    public BooleanProperty pythonSandboxProperty() {
        return pythonSandbox;
    }

    // --- persistence
    void load(Properties p) {
        baseUrl.set(p.getProperty(P + "baseUrl", ""));
        model.set(p.getProperty(P + "model", ""));
        apiKeyEnv.set(p.getProperty(P + "apiKeyEnv", ""));
        try {
            temperature.set(clamp(Double.parseDouble(p.getProperty(P + "temperature", "0")), 0, 2));
            maxTokens.set((int) clamp(Integer.parseInt(p.getProperty(P + "maxTokens", "4096")), 1, 1_000_000));
            timeoutSeconds.set((int) clamp(Integer.parseInt(p.getProperty(P + "timeoutSeconds", "300")), 1, 3600));
            retries.set((int) clamp(Integer.parseInt(p.getProperty(P + "retries", "2")), 0, 10));
            concurrency.set((int) clamp(Integer.parseInt(p.getProperty(P + "concurrency", "4")), 1, 64));
        } catch (NumberFormatException e) {
            LOG.warn("bad judge setting, keeping the defaults for the rest", e);
        }
        enableThinking.set(
                switch (p.getProperty(P + "enableThinking", "unset").toLowerCase(Locale.ROOT)) {
                    case "true" -> Thinking.ON;
                    case "false" -> Thinking.OFF;
                    default -> Thinking.UNSET;
                });
        pythonSandbox.set(Boolean.parseBoolean(p.getProperty(P + "pythonSandbox", "false")));
    }

    void store(Properties p) {
        p.setProperty(P + "baseUrl", baseUrl.get().trim());
        p.setProperty(P + "model", model.get().trim());
        // Only something shaped like a variable name is written: a key pasted into this field by
        // mistake must not end up in a plain-text file.
        String env = apiKeyEnv.get().trim();
        p.setProperty(P + "apiKeyEnv", ENV_NAME.matcher(env).matches() ? env : "");
        p.setProperty(P + "temperature", String.valueOf(temperature.get()));
        p.setProperty(P + "maxTokens", String.valueOf(maxTokens.get()));
        p.setProperty(P + "timeoutSeconds", String.valueOf(timeoutSeconds.get()));
        p.setProperty(P + "retries", String.valueOf(retries.get()));
        p.setProperty(P + "concurrency", String.valueOf(concurrency.get()));
        p.setProperty(
                P + "enableThinking",
                switch (enableThinking.get()) {
                    case ON -> "true";
                    case OFF -> "false";
                    case UNSET -> "unset";
                });
        p.setProperty(P + "pythonSandbox", String.valueOf(pythonSandbox.get()));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}

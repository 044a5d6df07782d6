package io.skillstudio.app.studio.settings;

import io.skillstudio.app.studio.concurrent.Cancellable;
import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.evaluator.judge.ConnectionCheck;
import io.skillstudio.evaluator.judge.JudgeSettings;
import io.skillstudio.evaluator.score.UnscoredReason;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The "Model judge" settings page: the form fields are the {@link JudgePreferences} themselves, and
 * this adds their validation, whether the key variable is set (never its value) and "Test connection".
 */
public final class JudgeSettingsViewModel {

    /** Where "Test connection" stands. */
    public enum TestState {
        IDLE,
        RUNNING,
        OK,
        FAILED,
        CANCELLED
    }

    /**
     * A test is one attempt with a short timeout: it answers "does this endpoint work?", and the
     * run settings (300 s, 2 retries) would keep the user waiting for minutes on a dead host.
     */
    static final Duration TEST_TIMEOUT = Duration.ofSeconds(60);

    private final JudgePreferences prefs;
    private final Function<String, String> env;
    private final JudgeConnectionTester tester;
    private final TaskExecutor executor;
    private final StringBinding problem;
    private final StringBinding keyStatus;
    private final BooleanBinding keyVariableSet;
    private final ReadOnlyObjectWrapper<TestState> testState =
            new ReadOnlyObjectWrapper<>(this, "testState", TestState.IDLE);
    private final ReadOnlyStringWrapper testMessage = new ReadOnlyStringWrapper(this, "testMessage", "");
    private final BooleanBinding testing;
    private final BooleanBinding canTest;
    private Cancellable running = () -> {};
    private long generation;

    public JudgeSettingsViewModel(
            JudgePreferences prefs, Function<String, String> env, JudgeConnectionTester tester, TaskExecutor executor) {
        this.prefs = prefs;
        this.env = env;
        this.tester = tester;
        this.executor = executor;
        problem = Bindings.createStringBinding(
                this::computeProblem, prefs.baseUrlProperty(), prefs.modelProperty(), prefs.apiKeyEnvProperty());
        keyVariableSet = Bindings.createBooleanBinding(() -> keyValue().isPresent(), prefs.apiKeyEnvProperty());
        keyStatus = Bindings.createStringBinding(this::computeKeyStatus, prefs.apiKeyEnvProperty());
        testing = testState.isEqualTo(TestState.RUNNING);
        canTest = problem.isEmpty().and(testing.not());
    }

    // --- properties
    public JudgePreferences preferences() {
        return prefs;
    }

    /** Why the settings cannot be used yet; empty when they can. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** Whether the named variable is set, in words; the value itself is never shown. */
    public StringBinding keyStatusProperty() {
        return keyStatus;
    }

    public BooleanBinding keyVariableSetProperty() {
        return keyVariableSet;
    }

    public ReadOnlyObjectProperty<TestState> testStateProperty() {
        return testState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testMessageProperty() {
        return testMessage.getReadOnlyProperty();
    }

    public BooleanBinding testingProperty() {
        return testing;
    }

    public BooleanBinding canTestProperty() {
        return canTest;
    }

    /** The settings a run would use, or empty while {@link #problemProperty()} is not empty. */
    public Optional<JudgeSettings> settings() {
        if (!problem.get().isEmpty()) {
            return Optional.empty();
        }
        Boolean thinking = switch (prefs.enableThinkingProperty().get()) {
            case ON -> Boolean.TRUE;
            case OFF -> Boolean.FALSE;
            case UNSET -> null;
        };
        String keyEnv = prefs.apiKeyEnvProperty().get().trim();
        return Optional.of(new JudgeSettings(
                prefs.baseUrlProperty().get().trim(),
                prefs.modelProperty().get().trim(),
                keyEnv.isEmpty() ? Optional.empty() : Optional.of(keyEnv),
                prefs.temperatureProperty().get(),
                prefs.maxTokensProperty().get(),
                Duration.ofSeconds(prefs.timeoutSecondsProperty().get()),
                prefs.retriesProperty().get(),
                Duration.ofSeconds(1),
                prefs.concurrencyProperty().get(),
                Optional.ofNullable(thinking)));
    }

    // --- commands
    /** Runs the connection check in the background; the outcome arrives in the test properties. */
    public void testConnection() {
        Optional<JudgeSettings> configured = settings();
        if (configured.isEmpty() || testing.get()) {
            return;
        }
        JudgeSettings s = configured.get();
        JudgeSettings probe = s.withTimeout(s.timeout().compareTo(TEST_TIMEOUT) > 0 ? TEST_TIMEOUT : s.timeout())
                .withRetries(0, s.retryBackoff());
        long mine = ++generation;
        testState.set(TestState.RUNNING);
        testMessage.set("Testing " + s.baseUrl() + " …");
        Cancellable handle = executor.submit(
                "Testing the judge connection",
                progress -> tester.test(probe),
                r -> {
                    if (mine == generation) {
                        show(s, r);
                    }
                },
                e -> {
                    if (mine == generation) {
                        testState.set(TestState.FAILED);
                        testMessage.set("Failed: " + e.getMessage());
                    }
                });
        if (mine == generation && testing.get()) {
            running = handle;
        }
    }

    /** Stops waiting at once; a late answer from the cancelled check is ignored. */
    public void cancelTest() {
        if (!testing.get()) {
            return;
        }
        generation++;
        running.cancel();
        running = () -> {};
        testState.set(TestState.CANCELLED);
        testMessage.set("Test cancelled");
    }

    private void show(JudgeSettings s, ConnectionCheck.Result r) {
        String latency = String.format(Locale.ROOT, "%.0f ms", r.latencyMs());
        if (r.reachable() && r.toolCalling()) {
            testState.set(TestState.OK);
            testMessage.set("Connected: " + s.model() + " answered in " + latency + " and can call tools");
        } else if (r.reachable()) {
            testState.set(TestState.FAILED);
            testMessage.set(
                    s.model() + " answered in " + latency + " but returned no tool call; the judge needs tool calling");
        } else {
            testState.set(TestState.FAILED);
            testMessage.set("Failed (" + r.reason().map(UnscoredReason::code).orElse("error") + "): " + r.message());
        }
    }

    private Optional<String> keyValue() {
        String name = prefs.apiKeyEnvProperty().get() == null
                ? ""
                : prefs.apiKeyEnvProperty().get().trim();
        if (name.isEmpty() || !JudgePreferences.ENV_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(env.apply(name)).filter(v -> !v.isBlank());
    }

    private String computeKeyStatus() {
        String name = prefs.apiKeyEnvProperty().get() == null
                ? ""
                : prefs.apiKeyEnvProperty().get().trim();
        if (name.isEmpty()) {
            return "No key variable: requests go without a key (fine for local servers such as Ollama)";
        }
        if (!JudgePreferences.ENV_NAME.matcher(name).matches()) {
            return "";
        }
        // The environment is fixed when the studio starts, so a variable set later needs a restart.
        return keyValue().isPresent()
                ? name + " is set"
                : name + " is not set in the studio's environment " + "(set it and restart the studio)";
    }

    private String computeProblem() {
        String url = prefs.baseUrlProperty().get() == null
                ? ""
                : prefs.baseUrlProperty().get().trim();
        if (url.isEmpty()) {
            return "Enter the base URL of an OpenAI-compatible endpoint";
        }
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                return "The base URL must be an http:// or https:// address";
            }
        } catch (URISyntaxException e) {
            return "The base URL is not a valid address";
        }
        if (prefs.modelProperty().get() == null || prefs.modelProperty().get().isBlank()) {
            return "Enter the model name";
        }
        String name = prefs.apiKeyEnvProperty().get() == null
                ? ""
                : prefs.apiKeyEnvProperty().get().trim();
        if (!name.isEmpty() && !JudgePreferences.ENV_NAME.matcher(name).matches()) {
            return "API key variable takes the name of an environment variable (such as OPENAI_API_KEY), not the key";
        }
        return "";
    }
}

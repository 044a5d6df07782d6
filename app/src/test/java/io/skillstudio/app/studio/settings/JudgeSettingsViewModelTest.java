package io.skillstudio.app.studio.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.concurrent.BackgroundJob;
import io.skillstudio.app.studio.concurrent.Cancellable;
import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.evaluator.judge.ConnectionCheck;
import io.skillstudio.evaluator.judge.JudgeSettings;
import io.skillstudio.evaluator.score.UnscoredReason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeSettingsViewModelTest {

    private static final String SECRET = "sk-test-0123456789-do-not-store";
    private static final Function<String, String> ENV = Map.of("JUDGE_KEY", SECRET)::get;
    private static final ConnectionCheck.Result OK =
            new ConnectionCheck.Result(true, true, Optional.empty(), "ok", 42, 10, 3);

    @TempDir
    Path home;

    private final List<JudgeSettings> asked = new ArrayList<>();

    private JudgeSettingsViewModel vm(StudioSettings settings, ConnectionCheck.Result answer, TaskExecutor executor) {
        return new JudgeSettingsViewModel(
                settings.judge(),
                ENV,
                s -> {
                    asked.add(s);
                    return answer;
                },
                executor);
    }

    private static void fill(JudgePreferences p, String keyEnv) {
        p.baseUrlProperty().set("http://127.0.0.1:11434/v1");
        p.modelProperty().set("qwen3:8b");
        p.apiKeyEnvProperty().set(keyEnv);
    }

    @Test
    void savedSettingsNeverContainTheKeyEvenWhenTheVariableIsSet() throws Exception {
        StudioSettings settings = new StudioSettings(home);
        JudgeSettingsViewModel vm = vm(settings, OK, new CurrentThreadTaskExecutor());
        fill(settings.judge(), "JUDGE_KEY");
        settings.judge().enableThinkingProperty().set(JudgePreferences.Thinking.OFF);

        assertThat(vm.keyVariableSetProperty().get()).isTrue();
        assertThat(vm.keyStatusProperty().get()).isEqualTo("JUDGE_KEY is set").doesNotContain(SECRET);
        vm.testConnection();
        settings.save();

        String file = Files.readString(home.resolve("settings.properties"), StandardCharsets.UTF_8);
        assertThat(file).doesNotContain(SECRET).contains("judge.apiKeyEnv=JUDGE_KEY");
        StudioSettings reloaded = new StudioSettings(home).load();
        assertThat(reloaded.judge().apiKeyEnvProperty().get()).isEqualTo("JUDGE_KEY");
        assertThat(reloaded.judge().modelProperty().get()).isEqualTo("qwen3:8b");
        assertThat(reloaded.judge().enableThinkingProperty().get()).isEqualTo(JudgePreferences.Thinking.OFF);
    }

    @Test
    void aKeyPastedIntoTheVariableFieldIsFlaggedAndNotSaved() throws Exception {
        StudioSettings settings = new StudioSettings(home);
        JudgeSettingsViewModel vm = vm(settings, OK, new CurrentThreadTaskExecutor());
        fill(settings.judge(), SECRET);

        assertThat(vm.problemProperty().get()).contains("not the key");
        assertThat(vm.canTestProperty().get()).isFalse();
        settings.save();
        assertThat(Files.readString(home.resolve("settings.properties"))).doesNotContain(SECRET);
    }

    @Test
    void unsetVariableIsReportedByName() {
        StudioSettings settings = new StudioSettings(home);
        JudgeSettingsViewModel vm = vm(settings, OK, new CurrentThreadTaskExecutor());
        fill(settings.judge(), "OTHER_KEY");
        assertThat(vm.keyVariableSetProperty().get()).isFalse();
        assertThat(vm.keyStatusProperty().get()).startsWith("OTHER_KEY is not set");
        fill(settings.judge(), "");
        assertThat(vm.keyStatusProperty().get()).startsWith("No key variable");
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void incompleteSettingsCannotBeTested() {
        StudioSettings settings = new StudioSettings(home);
        JudgeSettingsViewModel vm = vm(settings, OK, new CurrentThreadTaskExecutor());
        assertThat(vm.problemProperty().get()).startsWith("Enter the base URL");
        settings.judge().baseUrlProperty().set("ftp://example.org");
        assertThat(vm.problemProperty().get()).contains("http://");
        settings.judge().baseUrlProperty().set("https://api.example.org/v1");
        assertThat(vm.problemProperty().get()).isEqualTo("Enter the model name");
        vm.testConnection();
        assertThat(asked).isEmpty();
        assertThat(vm.testStateProperty().get()).isEqualTo(JudgeSettingsViewModel.TestState.IDLE);
    }

    @Test
    void successfulTestShowsModelAndLatencyWithOneShortAttempt() {
        StudioSettings settings = new StudioSettings(home);
        JudgeSettingsViewModel vm = vm(settings, OK, new CurrentThreadTaskExecutor());
        fill(settings.judge(), "JUDGE_KEY");
        settings.judge().enableThinkingProperty().set(JudgePreferences.Thinking.ON);

        vm.testConnection();

        assertThat(vm.testStateProperty().get()).isEqualTo(JudgeSettingsViewModel.TestState.OK);
        assertThat(vm.testMessageProperty().get()).contains("qwen3:8b").contains("42 ms");
        JudgeSettings sent = asked.get(0);
        assertThat(sent.apiKeyEnv()).contains("JUDGE_KEY");
        assertThat(sent.enableThinking()).contains(true);
        assertThat(sent.retries()).isZero();
        assertThat(sent.timeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void failuresShowTheReason() {
        StudioSettings settings = new StudioSettings(home);
        ConnectionCheck.Result down = new ConnectionCheck.Result(
                false, false, Optional.of(UnscoredReason.BACKEND_ERROR), "Connection refused", 3, 0, 0);
        JudgeSettingsViewModel vm = vm(settings, down, new CurrentThreadTaskExecutor());
        fill(settings.judge(), "");
        vm.testConnection();
        assertThat(vm.testStateProperty().get()).isEqualTo(JudgeSettingsViewModel.TestState.FAILED);
        assertThat(vm.testMessageProperty().get()).isEqualTo("Failed (backend_error): Connection refused");

        ConnectionCheck.Result noTools = new ConnectionCheck.Result(true, false, Optional.empty(), "no tool", 7, 1, 1);
        JudgeSettingsViewModel vm2 = vm(settings, noTools, new CurrentThreadTaskExecutor());
        vm2.testConnection();
        assertThat(vm2.testStateProperty().get()).isEqualTo(JudgeSettingsViewModel.TestState.FAILED);
        assertThat(vm2.testMessageProperty().get()).contains("no tool call");
    }

    @Test
    void cancelStopsWaitingAndIgnoresTheLateAnswer() {
        StudioSettings settings = new StudioSettings(home);
        HeldExecutor held = new HeldExecutor();
        JudgeSettingsViewModel vm = vm(settings, OK, held);
        fill(settings.judge(), "");

        vm.testConnection();
        assertThat(vm.testingProperty().get()).isTrue();
        assertThat(vm.canTestProperty().get()).isFalse();
        vm.cancelTest();
        assertThat(held.cancelled).isTrue();
        assertThat(vm.testStateProperty().get()).isEqualTo(JudgeSettingsViewModel.TestState.CANCELLED);

        held.finish(OK);
        assertThat(vm.testStateProperty().get()).isEqualTo(JudgeSettingsViewModel.TestState.CANCELLED);
    }

    /** Keeps the submitted job's callbacks until the test releases them, like a slow network. */
    private static final class HeldExecutor implements TaskExecutor {
        private Consumer<Object> success;
        boolean cancelled;

        @Override
        @SuppressWarnings("unchecked")
        public <T> Cancellable submit(
                String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            success = (Consumer<Object>) onSuccess;
            return () -> cancelled = true;
        }

        void finish(Object result) {
            success.accept(result);
        }
    }
}

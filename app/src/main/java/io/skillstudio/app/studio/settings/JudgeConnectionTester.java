package io.skillstudio.app.studio.settings;

import io.skillstudio.evaluator.judge.ConnectionCheck;
import io.skillstudio.evaluator.judge.JudgeSettings;
import java.util.function.Function;

/**
 * "Test connection" behind an interface, so the settings ViewModel and the robot test run without a
 * network, and the studio runs the evaluator's {@link ConnectionCheck}.
 */
@FunctionalInterface
public interface JudgeConnectionTester {

    /** Blocks until the endpoint answers or fails; called off the FX thread. */
    ConnectionCheck.Result test(JudgeSettings settings);

    /** The real check; the key is looked up in {@code env} at call time and never leaves the client. */
    static JudgeConnectionTester standard(Function<String, String> env) {
        return settings -> ConnectionCheck.run(settings, env);
    }
}

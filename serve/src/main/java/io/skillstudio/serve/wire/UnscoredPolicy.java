package io.skillstudio.serve.wire;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What {@code /get_reward} sends for an unscored item, chosen when the server starts
 * ({@code --unscored-as}). Every unscored item is counted in {@code extra_logs} whatever the policy.
 */
public sealed interface UnscoredPolicy {

    /** The reward is JSON {@code null}: the trainer sees no reward, as after a failed call. */
    record Skip() implements UnscoredPolicy {}

    /** The reward is this configured number. */
    record Value(double value) implements UnscoredPolicy {}

    /** The whole request fails with HTTP 422 naming each unscored item. */
    record Error() implements UnscoredPolicy {}

    /** The reward for an unscored item, or empty for {@code null}; never called under {@link Error}. */
    default OptionalDouble reward() {
        return switch (this) {
            case Value v -> OptionalDouble.of(v.value());
            case Skip s -> OptionalDouble.empty();
            case Error e -> OptionalDouble.empty();
        };
    }

    /** The policy as written on the command line and in {@code /health}. */
    default String code() {
        return switch (this) {
            case Skip s -> "skip";
            case Value v -> Double.toString(v.value());
            case Error e -> "error";
        };
    }

    /** @throws IllegalArgumentException unless {@code skip}, {@code error} or a finite number */
    static UnscoredPolicy parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("skip")) {
            return new Skip();
        }
        if (t.equals("error")) {
            return new Error();
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                return new Value(v);
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted forms
        }
        throw new IllegalArgumentException("--unscored-as must be skip, error or a number, got '" + text + "'");
    }
}

package io.skillstudio.evaluator.sample;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A sample's expected result as written: a number (pointwise score, or listwise index) or a string
 * (pairwise verdict A/B/Tie, or listwise label A, B, C...). The mode decides which reading applies.
 */
public record Expected(Object value) {

    public Expected {
        if (!(value instanceof Number) && !(value instanceof String)) {
            throw new IllegalArgumentException("expected must be a number or a string");
        }
    }

    /** The pointwise score, when the value is a number in [0,1]. */
    public OptionalDouble score() {
        if (value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
            return OptionalDouble.of(n.doubleValue());
        }
        return OptionalDouble.empty();
    }

    /** The pairwise verdict normalized to {@code A}, {@code B} or {@code Tie}. */
    public Optional<String> verdict() {
        if (value instanceof String s) {
            String t = s.strip().toUpperCase(Locale.ROOT);
            if (t.equals("A") || t.equals("B")) {
                return Optional.of(t);
            }
            if (t.equals("TIE")) {
                return Optional.of("Tie");
            }
        }
        return Optional.empty();
    }

    /** The listwise best index (0-based): an integer, or a single letter label A=0, B=1, ... */
    public OptionalInt index() {
        if (value instanceof Integer || value instanceof Long) {
            long v = ((Number) value).longValue();
            return v >= 0 && v < Integer.MAX_VALUE ? OptionalInt.of((int) v) : OptionalInt.empty();
        }
        if (value instanceof String s) {
            String t = s.strip().toUpperCase(Locale.ROOT);
            if (t.length() == 1 && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z') {
                return OptionalInt.of(t.charAt(0) - 'A');
            }
        }
        return OptionalInt.empty();
    }
}

package io.skillstudio.model.versioning;

import java.util.Locale;
import java.util.Optional;

/** Which part of the version a bump increments. */
public enum BumpKind {
    PATCH,
    MINOR,
    MAJOR;

    /** {@code patch}, {@code minor} or {@code major}, any case. */
    public static Optional<BumpKind> parse(String text) {
        for (BumpKind k : values()) {
            if (k.name().equalsIgnoreCase(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.skillstudio.evaluator.aggregate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much a checklist item matters; severity caps key on it. */
public enum ItemSeverity {
    CRITICAL,
    MAJOR,
    MINOR;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity spelled exactly as in the file (lower case), if it is one. */
    public static Optional<ItemSeverity> parse(String s) {
        return Arrays.stream(values()).filter(v -> v.code().equals(s)).findFirst();
    }

    @JsonCreator
    static ItemSeverity fromCode(String s) {
        return parse(s).orElseThrow(() -> new IllegalArgumentException("unknown severity '" + s + "'"));
    }
}

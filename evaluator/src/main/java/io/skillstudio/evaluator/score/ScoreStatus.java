package io.skillstudio.evaluator.score;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whether a result holds a number from every item, a number from only the judged items (partial, with
 * the reason the others were not judged), or only a reason for not having one.
 */
public enum ScoreStatus {
    SCORED,
    /** A value computed from the judged items only; some items were left unjudged (listed beside it). */
    PARTIAL,
    UNSCORED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ScoreStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

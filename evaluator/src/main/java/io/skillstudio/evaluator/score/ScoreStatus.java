package io.skillstudio.evaluator.score;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a result holds a number or a reason for not having one. */
public enum ScoreStatus {
    SCORED,
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

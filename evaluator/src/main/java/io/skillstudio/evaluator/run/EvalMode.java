package io.skillstudio.evaluator.run;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a sample's responses become a result. */
public enum EvalMode {
    /** One response, a score in [0,1]. */
    POINTWISE,
    /** Two responses, a verdict A, B or Tie. */
    PAIRWISE,
    /** Two or more responses, the index of the best. */
    LISTWISE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EvalMode> parse(String s) {
        return Arrays.stream(values())
                .filter(m -> m.code().equalsIgnoreCase(s.strip()))
                .findFirst();
    }
}

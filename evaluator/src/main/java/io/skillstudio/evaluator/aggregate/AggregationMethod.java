package io.skillstudio.evaluator.aggregate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How scored items become the base score before caps and vetoes. */
public enum AggregationMethod {
    /** Sum of item credits over the number of scored items (passed/scored for pass/fail items). */
    COUNT_RATIO,
    /** Weight-weighted mean of item credits over the scored items. */
    WEIGHTED_MEAN;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AggregationMethod> parse(String s) {
        return Arrays.stream(values()).filter(v -> v.code().equals(s)).findFirst();
    }
}

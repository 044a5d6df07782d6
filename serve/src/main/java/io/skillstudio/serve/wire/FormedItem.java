package io.skillstudio.serve.wire;

import io.skillstudio.evaluator.sample.Sample;
import java.util.Objects;
import java.util.Optional;

/**
 * One request item: a sample ready to score, or the reason it could not be formed (scored as
 * {@code invalid_input}, so one bad item never fails the rest of a batch).
 */
public record FormedItem(String id, Optional<Sample> sample, String problem) {

    public FormedItem {
        Objects.requireNonNull(id, "id");
        if (sample.isPresent() == (problem != null)) {
            throw new IllegalArgumentException("an item has a sample or a problem, not both");
        }
    }

    static FormedItem of(Sample sample) {
        return new FormedItem(sample.id(), Optional.of(sample), null);
    }

    static FormedItem invalid(String id, String problem) {
        return new FormedItem(id, Optional.empty(), problem);
    }
}

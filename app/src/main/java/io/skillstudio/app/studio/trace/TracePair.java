package io.skillstudio.app.studio.trace;

import io.skillstudio.evaluator.trace.Trace;
import java.util.Objects;
import java.util.Optional;

/**
 * Two traces of one sample to show side by side, each with what it is a trace of (two versions of a
 * package in "Compare runs of two versions"). A side is empty when the sample did not run there.
 */
public record TracePair(
        String sampleId, String leftLabel, Optional<Trace> left, String rightLabel, Optional<Trace> right) {

    public TracePair {
        Objects.requireNonNull(sampleId, "sampleId");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    /** The line above the two trees: which side is which, or which side has no trace. */
    public String caption() {
        if (left.isPresent() && right.isPresent()) {
            return sampleId + ":  left " + leftLabel + "  ·  right " + rightLabel + "  (≠ marks the steps that differ)";
        }
        return sampleId + ": no trace in " + (left.isEmpty() ? leftLabel : rightLabel) + ", only the one of "
                + (left.isEmpty() ? rightLabel : leftLabel);
    }
}

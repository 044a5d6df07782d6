package io.skillstudio.evaluator.sample;

import java.util.List;

/** The samples read from one file, in file order, and the lines that could not be read. */
public record SampleSet(String file, List<Sample> samples, List<SampleError> errors) {
    public SampleSet {
        samples = List.copyOf(samples);
        errors = List.copyOf(errors);
    }
}

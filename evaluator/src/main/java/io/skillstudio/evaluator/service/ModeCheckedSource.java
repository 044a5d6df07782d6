package io.skillstudio.evaluator.service;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.ModeResolver;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.evaluator.sample.SampleReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A sample source checked against the run's mode: the mode asked for, or the one the first sample
 * implies (one response pointwise, two pairwise, more listwise). A sample that does not fit is turned
 * into a positioned sample error ({@code file:line}), reported with the malformed lines and not run.
 * Reads ahead only up to the first sample. Not thread safe, like the source it wraps.
 */
public final class ModeCheckedSource implements SampleSource {
    private final SampleSource inner;
    private final String file;
    private final EvalMode mode;
    private final String why;
    private final Deque<SampleReader.Stream.Item> buffered;

    private ModeCheckedSource(
            SampleSource inner, String file, EvalMode mode, String why, Deque<SampleReader.Stream.Item> buffered) {
        this.inner = inner;
        this.file = file;
        this.mode = mode;
        this.why = why;
        this.buffered = buffered;
    }

    /**
     * Wraps {@code inner}; without {@code explicit}, reads up to its first sample to learn the mode
     * (pointwise when there is none).
     *
     * @param file the name errors carry
     */
    public static ModeCheckedSource of(SampleSource inner, String file, Optional<EvalMode> explicit)
            throws IOException {
        Deque<SampleReader.Stream.Item> buffered = new ArrayDeque<>();
        if (explicit.isPresent()) {
            return new ModeCheckedSource(
                    inner, file, explicit.get(), "--mode " + explicit.get().code(), buffered);
        }
        Optional<EvalMode> implied = Optional.empty();
        SampleReader.Stream.Item item;
        while (implied.isEmpty() && (item = inner.next()) != null) {
            buffered.add(item);
            if (item.sample() != null) {
                implied = ModeResolver.implied(item.sample().responses().size());
            }
        }
        EvalMode mode = implied.orElse(EvalMode.POINTWISE);
        return new ModeCheckedSource(
                inner,
                file,
                mode,
                "the run is " + mode.code() + " as its first sample implies; pass --mode or split the file",
                buffered);
    }

    /** The run's mode. */
    public EvalMode mode() {
        return mode;
    }

    @Override
    public SampleReader.Stream.Item next() throws IOException {
        SampleReader.Stream.Item item = buffered.isEmpty() ? inner.next() : buffered.poll();
        if (item == null || item.sample() == null) {
            return item;
        }
        Sample s = item.sample();
        Optional<String> p = ModeResolver.problem(mode, s.responses().size());
        return p.isEmpty()
                ? item
                : new SampleReader.Stream.Item(
                        null,
                        new SampleError(file, s.line(), 1, "sample '" + s.id() + "': " + p.get() + " (" + why + ")"));
    }

    @Override
    public OptionalInt expectedSize() {
        return inner.expectedSize();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}

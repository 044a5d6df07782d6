package io.skillstudio.evaluator.service;

import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.evaluator.sample.SampleFormat;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.sample.SampleSet;
import io.skillstudio.evaluator.sample.SampleSources;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a run's samples come from, read one at a time so a run never holds the whole set. Each item is a
 * sample or a positioned error for a line that could not be read. Not thread safe: the run's
 * coordinator alone reads it. Other sample formats (JudgeBench, IFBench, RewardBench2) plug in here.
 */
public interface SampleSource extends AutoCloseable {

    /** The next sample or line error, or {@code null} when there are no more. */
    SampleReader.Stream.Item next() throws IOException;

    /** How many items to expect, when known beforehand (for "n of m" progress). */
    OptionalInt expectedSize();

    @Override
    default void close() throws IOException {}

    /** Samples already in memory (the studio's editor, the reward server's request). */
    static SampleSource of(List<Sample> samples) {
        return of(new SampleSet("", samples, List.of()));
    }

    /** A set read earlier: its errors come first, then its samples. */
    static SampleSource of(SampleSet set) {
        Iterator<SampleError> errors = set.errors().iterator();
        Iterator<Sample> samples = set.samples().iterator();
        int size = set.samples().size() + set.errors().size();
        return new SampleSource() {
            @Override
            public SampleReader.Stream.Item next() {
                if (errors.hasNext()) {
                    return new SampleReader.Stream.Item(null, errors.next());
                }
                return samples.hasNext() ? new SampleReader.Stream.Item(samples.next(), null) : null;
            }

            @Override
            public OptionalInt expectedSize() {
                return OptionalInt.of(size);
            }
        };
    }

    /**
     * A sample file in any {@link SampleFormat} (detected when empty), as {@code eval} and the studio read
     * it: our JSONL streamed; a benchmark file read whole (its rows are mapped as they are read).
     *
     * @param seed where IFBench and RewardBench2 rows put the chosen response ({@link SampleSources#DEFAULT_SEED})
     */
    static SampleSource open(Path file, Optional<SampleFormat> format, long seed) throws IOException {
        SampleFormat f = format.isPresent() ? format.get() : SampleSources.detect(file);
        return f == SampleFormat.JSONL ? jsonl(file) : of(SampleSources.read(file, Optional.of(f), seed));
    }

    /**
     * A JSONL file, streamed. The expected size is the count of non-empty lines, taken with one quick
     * pass over the bytes.
     */
    static SampleSource jsonl(Path file) throws IOException {
        int lines = countLines(file);
        SampleReader.Stream stream = SampleReader.open(file);
        return new SampleSource() {
            @Override
            public SampleReader.Stream.Item next() throws IOException {
                return stream.next();
            }

            @Override
            public OptionalInt expectedSize() {
                return OptionalInt.of(lines);
            }

            @Override
            public void close() throws IOException {
                stream.close();
            }
        };
    }

    private static int countLines(Path file) throws IOException {
        int count = 0;
        boolean content = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        count += content ? 1 : 0;
                        content = false;
                    } else if (b != '\r' && b != ' ' && b != '\t') {
                        content = true;
                    }
                }
            }
        }
        return count + (content ? 1 : 0);
    }
}

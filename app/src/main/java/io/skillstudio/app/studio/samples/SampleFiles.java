package io.skillstudio.app.studio.samples;

import io.skillstudio.evaluator.sample.SampleFormat;
import io.skillstudio.evaluator.sample.SampleSources;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/** Which files are sample sets, decided as the evaluator's {@link SampleSources} detects formats. */
public final class SampleFiles {

    private SampleFiles() {}

    /** A name File › Open, drag and drop and the command line treat as a sample set. */
    public static boolean isSampleFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".json");
    }

    /**
     * The benchmark format of a sample file's text (JudgeBench, IFBench, RewardBench2); empty for our
     * JSONL and for text no format fits (shown in the editable JSONL table, or as plain JSON).
     */
    public static Optional<SampleFormat> benchmarkFormat(String name, String text) {
        try {
            SampleFormat f = SampleSources.detect(name, text);
            return f == SampleFormat.JSONL ? Optional.empty() : Optional.of(f);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A package file that is a sample set: any {@code .jsonl}, or a {@code .json} in a benchmark format. */
    public static boolean isSampleSet(String name, String text) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl")
                || n.endsWith(".json") && benchmarkFormat(name, text).isPresent();
    }
}

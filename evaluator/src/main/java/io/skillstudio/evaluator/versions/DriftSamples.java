package io.skillstudio.evaluator.versions;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.evaluator.sample.SampleFormat;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.sample.SampleSources;
import io.skillstudio.evaluator.service.ModeCheckedSource;
import io.skillstudio.evaluator.service.SampleSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sample set of a drift run, read the way {@code eval} reads one: any sample format (detected unless
 * given), the mode asked for or else the one the first sample implies (one response pointwise, two
 * pairwise, more listwise), and a sample that does not fit that mode turned into a positioned error and
 * not run ({@link ModeCheckedSource}). {@code skillstudio diff --samples} and the studio's "Compare runs
 * of two versions" both read their samples here, so they run the same samples in the same mode.
 *
 * @param errors the records that could not be read, then the samples that do not fit the mode
 */
public record DriftSamples(String file, EvalMode mode, List<Sample> samples, List<SampleError> errors) {

    public DriftSamples {
        samples = List.copyOf(samples);
        errors = List.copyOf(errors);
    }

    /**
     * @param format the sample format, empty to detect it from the first record
     * @param seed upstream's candidate placement seed for IFBench and RewardBench2 files
     * @param mode the mode asked for, empty for the one the first sample implies
     */
    public static DriftSamples read(Path file, Optional<SampleFormat> format, long seed, Optional<EvalMode> mode)
            throws IOException {
        var set = SampleSources.read(file, format, seed);
        List<Sample> samples = new ArrayList<>();
        List<SampleError> errors = new ArrayList<>();
        try (ModeCheckedSource checked = ModeCheckedSource.of(SampleSource.of(set), file.toString(), mode)) {
            SampleReader.Stream.Item item;
            while ((item = checked.next()) != null) {
                if (item.sample() != null) {
                    samples.add(item.sample());
                } else {
                    errors.add(item.error());
                }
            }
            return new DriftSamples(file.toString(), checked.mode(), samples, errors);
        }
    }

    /** The evaluation settings of the drift run in this set's mode. */
    public EvalSettings settings(double tieMargin, int threads, Optional<String> checklist) {
        return new EvalSettings(mode, tieMargin, threads, checklist);
    }
}

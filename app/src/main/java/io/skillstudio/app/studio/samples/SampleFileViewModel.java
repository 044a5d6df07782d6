package io.skillstudio.app.studio.samples;

import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.evaluator.sample.SampleFormat;
import io.skillstudio.evaluator.sample.SampleSet;
import io.skillstudio.evaluator.sample.SampleSources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A sample file as a run reads it, read-only: JudgeBench, IFBench and RewardBench2 files (and any
 * sample file outside the open package) are read by the evaluator's {@link SampleSources}, the reader
 * {@code skillstudio eval} uses, so the rows are exactly the samples a run judges: the responses in the
 * order the judge sees them (IFBench and RewardBench2 place the chosen one by the seed), the expected
 * verdict taken from the data. Editing happens in our JSONL (the editable table of a package file);
 * a benchmark file is the benchmark's and is not rewritten.
 */
public final class SampleFileViewModel {

    private final TaskExecutor executor;
    private final ObservableList<Sample> rows = FXCollections.observableArrayList();
    private final ObservableList<SampleError> errors = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "No sample set chosen.");
    private Path loading;

    public SampleFileViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    /** The samples of the file, as a run reads them. */
    public ObservableList<Sample> rows() {
        return rows;
    }

    /** Records that could not be read, with their line. */
    public ObservableList<SampleError> errors() {
        return errors;
    }

    /** What is shown and why it cannot be edited here (or what went wrong reading it). */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** Reads {@code file} in the background in {@code format} (detected when empty); the newest request wins. */
    public void load(Path file, Optional<SampleFormat> format) {
        loading = file;
        if (file == null) {
            rows.clear();
            errors.clear();
            banner.set("No sample set chosen.");
            return;
        }
        banner.set("Reading " + file.getFileName() + "…");
        executor.submit(
                "Reading " + file.getFileName(),
                p -> read(file, format),
                read -> {
                    if (loading != file) {
                        return;
                    }
                    rows.setAll(read.set().samples());
                    errors.setAll(read.set().errors());
                    banner.set(describe(file, read));
                },
                e -> {
                    if (loading == file) {
                        rows.clear();
                        errors.clear();
                        banner.set("Cannot read " + file.getFileName() + ": " + e.getMessage());
                    }
                });
    }

    private record Read(SampleFormat format, boolean detected, SampleSet set) {}

    private static Read read(Path file, Optional<SampleFormat> format) throws IOException {
        SampleFormat f = format.isPresent() ? format.get() : SampleSources.detect(file);
        return new Read(f, format.isEmpty(), SampleSources.read(file, Optional.of(f), SampleSources.DEFAULT_SEED));
    }

    private static String describe(Path file, Read read) {
        List<SampleError> errs = read.set().errors();
        String how = read.format() == SampleFormat.JSONL
                ? "read-only here; our JSONL is edited in the package (open it from evals/ in the project tree)"
                : "read-only, as eval reads it: responses in judged order"
                        + (read.format() == SampleFormat.JUDGEBENCH ? "" : " (chosen one placed by seed 0)")
                        + ", expected from the data; edit the benchmark file itself, not here";
        return file.getFileName() + " · " + label(read.format()) + (read.detected() ? " (detected)" : "") + " · "
                + read.set().samples().size() + " samples"
                + (errs.isEmpty() ? "" : " · " + errs.size() + " not read, first: " + errs.get(0)) + " · " + how;
    }

    /** The format's name as people write it. */
    public static String label(SampleFormat f) {
        return switch (f) {
            case JSONL -> "JSONL";
            case JUDGEBENCH -> "JudgeBench";
            case IFBENCH -> "IFBench";
            case REWARDBENCH2 -> "RewardBench2";
        };
    }

    /** What a cell shows. */
    public static String cell(Sample s, SampleColumn column) {
        return switch (column) {
            case ID -> s.id();
            case PROMPT -> s.prompt();
            case RESPONSES -> String.join(SampleSetViewModel.RESPONSE_SEPARATOR, s.responses());
            case EXPECTED -> s.expected().map(e -> String.valueOf(e.value())).orElse("");
            case EXPECTED_SKILL -> s.expectedSkill().orElse("");
        };
    }
}

package io.skillstudio.evaluator.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.trace.TraceCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The output folder of an {@code eval} run, written safely through {@link OutputFolder}: results and
 * traces are streamed into the staging folder as samples finish, then {@code summary.json} and the
 * completion marker, then the folder is moved into place as a whole.
 */
public final class RunOutput implements AutoCloseable {

    public static final String RESULTS = "results.jsonl";
    public static final String TRACES = "traces.jsonl";
    public static final String SUMMARY = "summary.json";
    public static final String COMPLETE = OutputFolder.COMPLETE;

    /** What an eval folder may hold (older versions left {@code .tmp} files behind on a crash). */
    private static final Set<String> OWN_FILES =
            Set.of(RESULTS, TRACES, SUMMARY, RESULTS + ".tmp", TRACES + ".tmp", SUMMARY + ".tmp");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Kept as the name the CLI catches; the folder is in use by another run. */
    public static final class LockedException extends IOException {
        LockedException(OutputFolder.LockedException cause) {
            super(cause.getMessage().replace("another run", "another eval"), cause);
        }
    }

    private final OutputFolder folder;
    private final Writer results;
    private final Writer traces;

    private RunOutput(OutputFolder folder) throws IOException {
        this.folder = folder;
        this.results = folder.create(RESULTS);
        this.traces = folder.create(TRACES);
    }

    /**
     * Locks {@code out} and opens a staging folder for a new run.
     *
     * @throws LockedException when another run holds the folder
     * @throws IOException when {@code out} is a symbolic link, a file, or a folder holding other files
     */
    public static RunOutput open(Path out) throws IOException {
        return open(out, Set.of());
    }

    /**
     * Locks {@code out} to write a run again, where a client keeps notes of its own beside the run (the
     * studio's {@code run.json}); those files are allowed in the folder and replaced with it, so the
     * client writes them again with {@link #writeClientFile} before {@link #publish}.
     */
    public static RunOutput open(Path out, Set<String> clientFiles) throws IOException {
        Set<String> own = new HashSet<>(OWN_FILES);
        own.addAll(clientFiles);
        OutputFolder f;
        try {
            f = OutputFolder.open(out, own);
        } catch (OutputFolder.LockedException e) {
            throw new LockedException(e);
        }
        try {
            return new RunOutput(f);
        } catch (IOException | RuntimeException e) {
            f.close();
            throw e;
        }
    }

    /** The folder the run will replace. */
    public Path folder() {
        return folder.folder();
    }

    public String runId() {
        return folder.runId();
    }

    /** Streams one finished sample's result and trace lines into the staging folder. */
    public void write(Evaluation evaluation) throws IOException {
        results.write(json(evaluation.result()));
        results.write('\n');
        traces.write(TraceCodec.toLine(evaluation.trace()));
        traces.write('\n');
    }

    /** Writes a client's own file into the staging folder; it is published with the run. */
    public void writeClientFile(String name, String text) throws IOException {
        try (Writer w = folder.create(name)) {
            w.write(text);
        }
    }

    /**
     * Writes the summary and the completion marker, then moves the run into place as a whole.
     * A cancelled run is published too (its summary says what did not finish).
     */
    public void publish(RunSummary summary) throws IOException {
        try (Writer w = folder.create(SUMMARY)) {
            w.write(MAPPER.writer(new DefaultPrettyPrinter())
                    .with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(summary));
            w.write('\n');
        }
        folder.publish(summary.status(), Map.of());
    }

    /** Drops the staging folder; the previous run (if any) stays in place. */
    public void discard() throws IOException {
        folder.discard();
    }

    @Override
    public void close() throws IOException {
        folder.close();
    }

    /** Serializes a value as one line of JSON. */
    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

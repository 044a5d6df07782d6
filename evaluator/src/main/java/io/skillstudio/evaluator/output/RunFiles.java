package io.skillstudio.evaluator.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.run.RunReport;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.trace.TraceCodec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a run's {@code results.jsonl}, {@code traces.jsonl} and {@code summary.json}. Each file is written
 * to a temporary sibling and moved into place, so a crash never leaves a half-written file behind.
 */
public final class RunFiles {

    public static final String RESULTS = "results.jsonl";
    public static final String TRACES = "traces.jsonl";
    public static final String SUMMARY = "summary.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunFiles() {}

    public static void write(Path dir, RunReport report, RunSummary summary) throws IOException {
        Files.createDirectories(dir);
        StringBuilder results = new StringBuilder();
        for (SampleResult r : report.results()) {
            results.append(json(r)).append('\n');
        }
        atomically(dir.resolve(RESULTS), results.toString());
        StringWriter traces = new StringWriter();
        TraceCodec.write(report.traces(), traces);
        atomically(dir.resolve(TRACES), traces.toString());
        atomically(dir.resolve(SUMMARY), MAPPER.writer(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter())
                .with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary) + "\n");
    }

    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void atomically(Path target, String text) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

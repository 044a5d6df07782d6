package io.skillstudio.app.studio.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.output.RunOutput;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceCodec;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a run back: a folder written by {@code skillstudio eval --out} or by the studio, or a lone
 * {@code traces.jsonl}. A bad line is a warning naming its file and line; the other lines still load.
 */
public final class RunFolderReader {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RunFolderReader() {}

    /** Whether {@code dir} holds a run (its results or traces file). */
    public static boolean isRunFolder(Path dir) {
        return Files.isDirectory(dir)
                && (Files.isRegularFile(dir.resolve(RunOutput.RESULTS))
                        || Files.isRegularFile(dir.resolve(RunOutput.TRACES)));
    }

    /**
     * Reads {@code path}: a run folder, or a file inside one ({@code traces.jsonl}, {@code results.jsonl},
     * {@code summary.json}), in which case its folder is read when it is a run folder.
     *
     * @throws IOException when {@code path} is neither a run folder nor a readable traces file
     */
    public static LoadedRun read(Path path) throws IOException {
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        if (!Files.isDirectory(path) && !isRunFolder(dir)) {
            throw new IOException(
                    path + " is not a run: expected a folder with " + RunOutput.RESULTS + " or " + RunOutput.TRACES);
        }
        if (!isRunFolder(dir)) {
            throw new IOException(dir + " holds neither " + RunOutput.RESULTS + " nor " + RunOutput.TRACES);
        }
        List<String> warnings = new ArrayList<>();
        List<Trace> traces = Files.isRegularFile(dir.resolve(RunOutput.TRACES))
                ? readTraces(dir.resolve(RunOutput.TRACES), warnings)
                : List.of();
        List<SampleResult> results = Files.isRegularFile(dir.resolve(RunOutput.RESULTS))
                ? readResults(dir.resolve(RunOutput.RESULTS), warnings)
                : fromTraces(traces);
        Optional<RunMeta> meta = readMeta(dir);
        RunSummary summary =
                readSummary(dir.resolve(RunOutput.SUMMARY), warnings).orElseGet(() -> recompute(results, traces));
        return new LoadedRun(Optional.of(dir), meta, results, traces, summary, warnings);
    }

    static Optional<RunMeta> readMeta(Path dir) {
        Path file = dir.resolve(RunMeta.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(file.toFile(), RunMeta.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<Trace> readTraces(Path file, List<String> warnings) throws IOException {
        List<Trace> out = new ArrayList<>();
        forEachLine(file, (line, no) -> out.add(TraceCodec.fromLine(line)), warnings);
        return out;
    }

    private static List<SampleResult> readResults(Path file, List<String> warnings) throws IOException {
        List<SampleResult> out = new ArrayList<>();
        forEachLine(file, (line, no) -> out.add(MAPPER.readValue(line, SampleResult.class)), warnings);
        return out;
    }

    private interface LineReader {
        void accept(String line, int no) throws IOException;
    }

    private static void forEachLine(Path file, LineReader reader, List<String> warnings) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    reader.accept(line, no);
                } catch (IOException | RuntimeException e) {
                    warnings.add(file.getFileName() + ":" + no + ": " + firstLine(e.getMessage()));
                }
            }
        }
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static Optional<RunSummary> readSummary(Path file, List<String> warnings) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(file.toFile(), RunSummary.class));
        } catch (IOException | RuntimeException e) {
            warnings.add(RunOutput.SUMMARY + " could not be read (" + firstLine(e.getMessage())
                    + "); the summary is recomputed from the results");
            return Optional.empty();
        }
    }

    /** Results rebuilt from traces alone: the final decision and scores, without expected values. */
    static List<SampleResult> fromTraces(List<Trace> traces) {
        List<SampleResult> out = new ArrayList<>();
        for (Trace t : traces) {
            Decision decision = Decision.unscored(UnscoredReason.INVALID_INPUT, "the trace has no final result");
            List<Score> scores = List.of();
            for (TraceEvent e : t.events()) {
                if (e instanceof TraceEvents.FinalResult f) {
                    decision = f.decision();
                    scores = f.scores();
                }
            }
            EvalMode mode = EvalMode.parse(t.provenance().mode()).orElse(EvalMode.POINTWISE);
            double wall =
                    t.events().stream().mapToDouble(TraceEvent::durationMs).sum();
            out.add(new SampleResult(
                    t.sampleId(),
                    0,
                    mode,
                    decision,
                    scores,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    wall,
                    t.provenance()));
        }
        return out;
    }

    static RunSummary recompute(List<SampleResult> results, List<Trace> traces) {
        Provenance p = !results.isEmpty()
                ? results.get(0).provenance()
                : new Provenance("unknown", "unversioned", "", "", "pointwise", "", "explicit", null, Map.of());
        double wall = results.stream().mapToDouble(SampleResult::latencyMs).sum();
        return LoadedRun.summarize(p, results, traces, RunSummary.COMPLETED, 0, wall);
    }
}

package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.metrics.SummaryBuilder;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.trace.ResponseText;
import io.skillstudio.evaluator.trace.Trace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run as the results and trace windows show it, fresh from the evaluator or read back from disk.
 * Immutable; traces are indexed by sample id, so looking up the trace of each of 5,000 rows stays linear.
 */
public final class LoadedRun {

    private final Optional<Path> dir;
    private final Optional<RunMeta> meta;
    private final List<SampleResult> results;
    private final List<Trace> traces;
    private final RunSummary summary;
    private final List<String> warnings;
    private final Map<String, Trace> traceById = new HashMap<>();

    /**
     * @param dir the run's folder, empty while it is not kept
     * @param warnings what could not be read or was odd about the inputs, shown above the results
     */
    public LoadedRun(
            Optional<Path> dir,
            Optional<RunMeta> meta,
            List<SampleResult> results,
            List<Trace> traces,
            RunSummary summary,
            List<String> warnings) {
        this.dir = dir;
        this.meta = meta;
        this.results = List.copyOf(results);
        this.traces = List.copyOf(traces);
        this.summary = summary;
        this.warnings = List.copyOf(warnings);
        // The first trace of an id wins, as for samples.
        this.traces.forEach(t -> traceById.putIfAbsent(t.sampleId(), t));
    }

    public Optional<Path> dir() {
        return dir;
    }

    public Optional<RunMeta> meta() {
        return meta;
    }

    public List<SampleResult> results() {
        return results;
    }

    public List<Trace> traces() {
        return traces;
    }

    public RunSummary summary() {
        return summary;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The trace of a sample, by id. */
    public Optional<Trace> trace(String sampleId) {
        return Optional.ofNullable(traceById.get(sampleId));
    }

    /** The response texts a sample was judged on, from its trace (empty for version 1 traces). */
    public List<String> responses(String sampleId) {
        return trace(sampleId)
                .map(t -> t.responses().stream().map(ResponseText::text).toList())
                .orElse(List.of());
    }

    /** A copy with one sample's result and trace replaced (a single sample run again), summary recomputed. */
    public LoadedRun replacing(SampleResult result, Trace trace) {
        List<SampleResult> rs = results.stream()
                .map(r -> r.sampleId().equals(result.sampleId()) ? result : r)
                .toList();
        List<Trace> ts = traces.stream()
                .map(t -> t.sampleId().equals(trace.sampleId()) ? trace : t)
                .toList();
        return new LoadedRun(
                dir,
                meta,
                rs,
                ts,
                summarize(summary.provenance(), rs, ts, summary.status(), summary.notStarted(), summary.wallMs()),
                warnings);
    }

    /** The summary of results and traces, as the evaluator computes it ({@link SummaryBuilder}). */
    static RunSummary summarize(
            Provenance provenance,
            List<SampleResult> results,
            List<Trace> traces,
            String status,
            int notStarted,
            double wallMs) {
        EvalMode mode = results.isEmpty() ? EvalMode.POINTWISE : results.get(0).mode();
        SummaryBuilder b = new SummaryBuilder(provenance, mode, Optional.empty(), 1);
        Map<String, Trace> byId = new HashMap<>();
        traces.forEach(t -> byId.putIfAbsent(t.sampleId(), t));
        results.forEach(r -> b.add(r, byId.get(r.sampleId())));
        return b.build(status, notStarted, wallMs);
    }
}

package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.run.RunReport;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.trace.Trace;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private final Map<String, Sample> samples;
    private final List<String> warnings;
    private final Map<String, Trace> traceById = new HashMap<>();

    /**
     * @param dir the run's folder, empty while it is not kept
     * @param samples the samples by id, when the sample file is known (response texts, expected skill)
     * @param warnings what could not be read or was odd about the inputs, shown above the results
     */
    public LoadedRun(Optional<Path> dir, Optional<RunMeta> meta, List<SampleResult> results, List<Trace> traces,
            RunSummary summary, Map<String, Sample> samples, List<String> warnings) {
        this.dir = dir;
        this.meta = meta;
        this.results = List.copyOf(results);
        this.traces = List.copyOf(traces);
        this.summary = summary;
        this.samples = Collections.unmodifiableMap(new LinkedHashMap<>(samples));
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

    public Map<String, Sample> samples() {
        return samples;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The trace of a sample, by id. */
    public Optional<Trace> trace(String sampleId) {
        return Optional.ofNullable(traceById.get(sampleId));
    }

    public Optional<Sample> sample(String sampleId) {
        return Optional.ofNullable(samples.get(sampleId));
    }

    /** Indexes samples by id (the first wins when a file repeats an id). */
    public static Map<String, Sample> byId(List<Sample> samples) {
        Map<String, Sample> out = new LinkedHashMap<>();
        samples.forEach(s -> out.putIfAbsent(s.id(), s));
        return out;
    }

    /** A copy with one sample's result and trace replaced (a single sample run again), summary recomputed. */
    public LoadedRun replacing(SampleResult result, Trace trace) {
        List<SampleResult> rs = results.stream().map(r -> r.sampleId().equals(result.sampleId()) ? result : r).toList();
        List<Trace> ts = traces.stream().map(t -> t.sampleId().equals(trace.sampleId()) ? trace : t).toList();
        RunSummary again = RunSummary.of(summary.provenance(), summary.mode(),
                new RunReport(rs, ts, summary.cancelled(), summary.notStarted(), summary.wallMs()), summary.malformed());
        return new LoadedRun(dir, meta, rs, ts, again, samples, warnings);
    }
}

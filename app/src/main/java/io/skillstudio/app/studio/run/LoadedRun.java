package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.trace.Trace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run as the results and trace windows show it, fresh from the evaluator or read back from disk.
 *
 * @param dir the run's folder, empty while it is not kept
 * @param samples the samples by id, when the sample file is known (response texts, expected skill)
 * @param warnings what could not be read or was odd about the inputs, shown above the results
 */
public record LoadedRun(Optional<Path> dir, Optional<RunMeta> meta, List<SampleResult> results, List<Trace> traces,
        RunSummary summary, Map<String, Sample> samples, List<String> warnings) {

    public LoadedRun {
        results = List.copyOf(results);
        traces = List.copyOf(traces);
        samples = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(samples));
        warnings = List.copyOf(warnings);
    }

    /** The trace of a sample, by id. */
    public Optional<Trace> trace(String sampleId) {
        return traces.stream().filter(t -> t.sampleId().equals(sampleId)).findFirst();
    }

    public Optional<SampleResult> result(String sampleId) {
        return results.stream().filter(r -> r.sampleId().equals(sampleId)).findFirst();
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

    /** A copy with one sample's result and trace replaced (a single sample run again). */
    public LoadedRun replacing(SampleResult result, Trace trace) {
        List<SampleResult> rs = results.stream().map(r -> r.sampleId().equals(result.sampleId()) ? result : r).toList();
        List<Trace> ts = traces.stream().map(t -> t.sampleId().equals(trace.sampleId()) ? trace : t).toList();
        RunSummary again = RunSummary.of(summary.provenance(), summary.mode(), new io.skillstudio.evaluator.run.RunReport(
                rs, ts, summary.cancelled(), summary.notStarted(), summary.wallMs()), summary.malformed());
        return new LoadedRun(dir, meta, rs, ts, again, samples, warnings);
    }
}

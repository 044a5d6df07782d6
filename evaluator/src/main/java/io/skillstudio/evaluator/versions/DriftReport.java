package io.skillstudio.evaluator.versions;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.score.Provenance;
import java.util.List;

/**
 * Score drift between two versions of a package on one sample set: per sample and in summary. The two
 * run reports (with their traces) are kept for the studio, which opens both traces of a row.
 */
@JsonPropertyOrder({"from", "to", "mode", "fromProvenance", "toProvenance", "summary", "samples"})
public record DriftReport(
        String from,
        String to,
        String mode,
        Provenance fromProvenance,
        Provenance toProvenance,
        DriftSummary summary,
        List<SampleDrift> samples,
        @com.fasterxml.jackson.annotation.JsonIgnore VersionRunner.VersionRun fromRun,
        @com.fasterxml.jackson.annotation.JsonIgnore VersionRunner.VersionRun toRun) {

    public DriftReport {
        samples = List.copyOf(samples);
    }

    /** Only the samples whose result changed. */
    public List<SampleDrift> changed() {
        return samples.stream().filter(SampleDrift::changed).toList();
    }
}

package io.skillstudio.evaluator.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.score.SampleWarning;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnjudgedItem;
import java.util.List;
import java.util.Objects;

/**
 * One line of {@code results.jsonl}: the decision, each response's score, the items nobody judged
 * (with their reasons), warnings such as {@code skill_mismatch}, the expected value as written (for
 * agreement) and provenance.
 *
 * @param expected the sample's {@code expected} value as written, or null
 * @param match whether the verdict or best index equals the expected one (pairwise/listwise), or null
 * @param absError |score - expected| (pointwise), or null
 * @param latencyMs wall time of this sample's evaluation
 * @param positionConsistent with {@code --swap}: whether both orders of the pair gave the same verdict;
 *     null when the pair was not judged twice
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "sampleId",
    "line",
    "mode",
    "decision",
    "scores",
    "unjudged",
    "warnings",
    "expected",
    "match",
    "absError",
    "latencyMs",
    "positionConsistent",
    "provenance"
})
public record SampleResult(
        String sampleId,
        int line,
        EvalMode mode,
        Decision decision,
        List<Score> scores,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UnjudgedItem> unjudged,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SampleWarning> warnings,
        Object expected,
        Boolean match,
        Double absError,
        double latencyMs,
        Provenance provenance,
        Boolean positionConsistent) {

    public SampleResult {
        Objects.requireNonNull(sampleId, "sampleId");
        Objects.requireNonNull(decision, "decision");
        scores = List.copyOf(scores);
        unjudged = unjudged == null ? List.of() : List.copyOf(unjudged);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A sample that could not be evaluated at all (internal error, cancelled mid-way): no scores, no items. */
    public static SampleResult failed(
            String sampleId, int line, EvalMode mode, Decision decision, Provenance provenance) {
        return new SampleResult(
                sampleId, line, mode, decision, List.of(), List.of(), List.of(), null, null, null, 0, provenance, null);
    }

    /** A result without the {@code --swap} check. */
    public SampleResult(
            String sampleId,
            int line,
            EvalMode mode,
            Decision decision,
            List<Score> scores,
            List<UnjudgedItem> unjudged,
            List<SampleWarning> warnings,
            Object expected,
            Boolean match,
            Double absError,
            double latencyMs,
            Provenance provenance) {
        this(
                sampleId,
                line,
                mode,
                decision,
                scores,
                unjudged,
                warnings,
                expected,
                match,
                absError,
                latencyMs,
                provenance,
                null);
    }
}

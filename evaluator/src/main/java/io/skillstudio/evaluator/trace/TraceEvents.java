package io.skillstudio.evaluator.trace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.aggregate.Breakdown;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.Outcome;
import java.util.List;
import java.util.Map;

/** The event records. Field order is fixed with {@link JsonPropertyOrder} so trace files diff cleanly. */
public final class TraceEvents {

    private TraceEvents() {}

    /** The evaluation of one sample began. */
    @JsonPropertyOrder({"id", "timestamp", "durationMs", "sampleId", "mode", "responses", "items"})
    public record RunStarted(String id, String timestamp, double durationMs, String sampleId, String mode, int responses,
            int items) implements TraceEvent {}

    /** A package or sample resource was read; {@code path} is empty for sample-carried resources. */
    @JsonPropertyOrder({"id", "timestamp", "durationMs", "resourceId", "path", "items"})
    public record ResourceViewed(String id, String timestamp, double durationMs, String resourceId, String path,
            int items) implements TraceEvent {}

    /** A verifier ran on response {@code response} for checklist item {@code item}. */
    @JsonPropertyOrder({"id", "timestamp", "durationMs", "response", "item", "verifier", "params", "outcome", "value",
            "explanation", "evidence"})
    public record VerifierRun(String id, String timestamp, double durationMs, int response, String item,
            String verifier, Map<String, Object> params, Outcome outcome, double value, String explanation,
            List<EvidenceSpan> evidence) implements TraceEvent {
        public VerifierRun {
            params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
            evidence = List.copyOf(evidence);
        }
    }

    /** The checklist results of one response became a score. */
    @JsonPropertyOrder({"id", "timestamp", "durationMs", "response", "breakdown"})
    public record Aggregation(String id, String timestamp, double durationMs, int response, Breakdown breakdown)
            implements TraceEvent {}

    /** The sample's result, with one score per response (their order is the sample's). */
    @JsonPropertyOrder({"id", "timestamp", "durationMs", "decision", "scores"})
    public record FinalResult(String id, String timestamp, double durationMs, Decision decision, List<Score> scores)
            implements TraceEvent {
        public FinalResult {
            scores = List.copyOf(scores);
        }
    }

    /**
     * Something could not be scored: an item (judge unavailable, verifier missing or failing) or the
     * whole sample ({@code response} and {@code item} null).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "timestamp", "durationMs", "response", "item", "reason", "message"})
    public record Error(String id, String timestamp, double durationMs, Integer response, String item,
            UnscoredReason reason, String message) implements TraceEvent {}
}

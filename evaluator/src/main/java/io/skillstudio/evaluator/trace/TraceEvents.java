package io.skillstudio.evaluator.trace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.aggregate.Breakdown;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.Outcome;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event records. Field order is fixed with {@link JsonPropertyOrder} so trace files diff cleanly;
 * the four link fields ({@code id, parent, response, item}) come first in every event.
 */
public final class TraceEvents {

    private TraceEvents() {}

    /** The evaluation of one sample began; the root of the event tree. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "id",
        "parent",
        "response",
        "item",
        "timestamp",
        "durationMs",
        "sampleId",
        "mode",
        "responses",
        "items"
    })
    public record RunStarted(
            String id,
            String parent,
            Integer response,
            String item,
            String timestamp,
            double durationMs,
            String sampleId,
            String mode,
            int responses,
            int items)
            implements TraceEvent {
        public static RunStarted of(TraceRecorder.Stamp st, String sampleId, String mode, int responses, int items) {
            return new RunStarted(
                    st.id(),
                    st.parent(),
                    st.response(),
                    st.item(),
                    st.timestamp(),
                    0.0,
                    sampleId,
                    mode,
                    responses,
                    items);
        }
    }

    /**
     * A package or sample resource was read; {@code path} is empty for sample-carried resources.
     * {@code items} counts the checklist items it held (0 for a resource that is not a checklist).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "parent", "response", "item", "timestamp", "durationMs", "resourceId", "path", "items"})
    public record ResourceViewed(
            String id,
            String parent,
            Integer response,
            String item,
            String timestamp,
            double durationMs,
            String resourceId,
            String path,
            int items)
            implements TraceEvent {
        public static ResourceViewed of(TraceRecorder.Stamp st, String resourceId, String path, int items) {
            return new ResourceViewed(
                    st.id(), st.parent(), st.response(), st.item(), st.timestamp(), 0.0, resourceId, path, items);
        }
    }

    /**
     * A verifier ran on response {@code response} for checklist item {@code item}. Evidence spans carry
     * the quoted text beside their offsets; word-level spans are grouped per region with a count.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "id",
        "parent",
        "response",
        "item",
        "timestamp",
        "durationMs",
        "verifier",
        "params",
        "outcome",
        "value",
        "explanation",
        "evidence"
    })
    public record VerifierRun(
            String id,
            String parent,
            Integer response,
            String item,
            String timestamp,
            double durationMs,
            String verifier,
            Map<String, Object> params,
            Outcome outcome,
            double value,
            String explanation,
            List<EvidenceSpan> evidence)
            implements TraceEvent {
        public VerifierRun {
            params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** The checklist results of one response became a score. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "parent", "response", "item", "timestamp", "durationMs", "breakdown"})
    public record Aggregation(
            String id,
            String parent,
            Integer response,
            String item,
            String timestamp,
            double durationMs,
            Breakdown breakdown)
            implements TraceEvent {}

    /** The sample's result, with one score per response (their order is the sample's). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "parent", "response", "item", "timestamp", "durationMs", "decision", "scores"})
    public record FinalResult(
            String id,
            String parent,
            Integer response,
            String item,
            String timestamp,
            double durationMs,
            Decision decision,
            List<Score> scores)
            implements TraceEvent {
        public FinalResult {
            scores = List.copyOf(scores);
        }

        public static FinalResult of(TraceRecorder.Stamp st, Decision decision, List<Score> scores) {
            return new FinalResult(
                    st.id(), st.parent(), st.response(), st.item(), st.timestamp(), st.elapsedMs(), decision, scores);
        }
    }

    /**
     * Something could not be scored: an item (judge unavailable, verifier missing or failing) or the
     * whole sample ({@code response} and {@code item} null).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "parent", "response", "item", "timestamp", "durationMs", "reason", "message"})
    public record Error(
            String id,
            String parent,
            Integer response,
            String item,
            String timestamp,
            double durationMs,
            UnscoredReason reason,
            String message)
            implements TraceEvent {
        public static Error of(TraceRecorder.Stamp st, UnscoredReason reason, String message) {
            return new Error(st.id(), st.parent(), st.response(), st.item(), st.timestamp(), 0.0, reason, message);
        }
    }

    /**
     * Something the reader should know that did not stop scoring, e.g. {@code skill_mismatch} (the
     * sample's {@code expected_skill} names another skill) or a misspelled verifier id with a suggestion.
     *
     * @param code a stable wire code ({@link io.skillstudio.evaluator.score.SampleWarning} codes)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "parent", "response", "item", "timestamp", "durationMs", "code", "message"})
    public record Warning(
            String id,
            String parent,
            Integer response,
            String item,
            String timestamp,
            double durationMs,
            String code,
            String message)
            implements TraceEvent {
        public static Warning of(TraceRecorder.Stamp st, String code, String message) {
            return new Warning(st.id(), st.parent(), st.response(), st.item(), st.timestamp(), 0.0, code, message);
        }
    }
}

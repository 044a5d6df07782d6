package io.skillstudio.evaluator.trace;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.score.Provenance;
import java.util.List;
import java.util.Objects;

/**
 * The versioned evidence document of one sample: the responses as judged, what ran (a tree of events
 * linked by parent id), and its provenance. One trace is one line of {@code traces.jsonl}.
 *
 * @param responses the response texts (version 2 on; empty when read from a version 1 file), so a
 *     trace alone renders its evidence spans
 */
@JsonPropertyOrder({"version", "sampleId", "provenance", "responses", "events"})
public record Trace(
        int version, String sampleId, Provenance provenance, List<ResponseText> responses, List<TraceEvent> events) {

    /** The format version this code writes; {@link TraceCodec} reads this and every older one. */
    public static final int CURRENT_VERSION = 2;

    public Trace {
        Objects.requireNonNull(sampleId, "sampleId");
        Objects.requireNonNull(provenance, "provenance");
        responses = responses == null ? List.of() : List.copyOf(responses);
        events = List.copyOf(events);
    }

    public static Trace of(
            String sampleId, Provenance provenance, List<ResponseText> responses, List<TraceEvent> events) {
        return new Trace(CURRENT_VERSION, sampleId, provenance, responses, events);
    }

    /** The event with this id, or {@code null}. */
    public TraceEvent event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** The direct children of an event, in trace order ({@code null} asks for the root's siblings: the roots). */
    public List<TraceEvent> children(String parentId) {
        return events.stream().filter(e -> Objects.equals(e.parent(), parentId)).toList();
    }
}

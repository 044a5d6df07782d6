package io.skillstudio.evaluator.trace;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.score.Provenance;
import java.util.List;
import java.util.Objects;

/**
 * The versioned evidence document of one sample: what ran, in order, with its provenance. One trace is
 * one line of {@code traces.jsonl}.
 */
@JsonPropertyOrder({"version", "sampleId", "provenance", "events"})
public record Trace(int version, String sampleId, Provenance provenance, List<TraceEvent> events) {

    /** The format version this code writes; {@link TraceCodec} reads this and every older one. */
    public static final int CURRENT_VERSION = 1;

    public Trace {
        Objects.requireNonNull(sampleId, "sampleId");
        Objects.requireNonNull(provenance, "provenance");
        events = List.copyOf(events);
    }

    public static Trace of(String sampleId, Provenance provenance, List<TraceEvent> events) {
        return new Trace(CURRENT_VERSION, sampleId, provenance, events);
    }
}

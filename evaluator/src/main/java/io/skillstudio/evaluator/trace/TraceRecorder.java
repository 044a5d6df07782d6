package io.skillstudio.evaluator.trace;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the events of one sample. Ids are sequential ({@code e1}, {@code e2}, ...) so the same inputs
 * give the same trace apart from wall times. Not thread safe: one recorder per sample.
 */
public final class TraceRecorder {

    private final Clock clock;
    private final List<TraceEvent> events = new ArrayList<>();
    private int next = 1;

    public TraceRecorder(Clock clock) {
        this.clock = clock;
    }

    /** Starts timing an event; the id is taken now so ids follow start order. */
    public Stamp start() {
        return new Stamp("e" + next++, clock.instant().toString(), System.nanoTime());
    }

    public void add(TraceEvent event) {
        events.add(event);
    }

    public List<TraceEvent> events() {
        return List.copyOf(events);
    }

    /** The id, start instant and start nanos of an event being timed. */
    public record Stamp(String id, String timestamp, long startNanos) {
        public double elapsedMs() {
            return (System.nanoTime() - startNanos) / 1_000_000.0;
        }
    }
}

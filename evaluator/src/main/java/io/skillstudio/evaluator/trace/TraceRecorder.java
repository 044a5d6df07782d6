package io.skillstudio.evaluator.trace;

import io.skillstudio.evaluator.score.SampleWarning;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the events of one sample. Ids are sequential ({@code e1}, {@code e2}, ...) so the same inputs
 * give the same trace apart from wall times. A recorder has a current scope (a parent id and a
 * response index) that {@link #start()} stamps on new events, so nested code such as the agent loop
 * links its events under the step that called it without knowing that step. Not thread safe: one
 * recorder per sample.
 */
public final class TraceRecorder {

    private final Clock clock;
    private final List<TraceEvent> events = new ArrayList<>();
    private int next = 1;
    private String root;
    private String scopeParent;
    private Integer scopeResponse;
    private String scopeItem;

    private final Consumer<TraceEvent> observer;
    private final TraceTrimmer trimmer;
    /** Where the {@code trace_truncated} warning sits (the first cut), or -1. */
    private int marker = -1;

    public TraceRecorder(Clock clock) {
        this(clock, e -> {});
    }

    /** A recorder that also hands every event to {@code observer} as it is added (live progress). */
    public TraceRecorder(Clock clock, Consumer<TraceEvent> observer) {
        this(clock, observer, TraceLimits.DEFAULT);
    }

    /** A recorder with explicit per-sample {@link TraceLimits}. */
    public TraceRecorder(Clock clock, Consumer<TraceEvent> observer, TraceLimits limits) {
        this.clock = clock;
        this.observer = observer;
        this.trimmer = new TraceTrimmer(limits);
    }

    /**
     * Starts timing an event under the current scope; the id is taken now so ids follow start order.
     * The first stamp of a recorder is the root: it has no parent, and later stamps default to it.
     */
    public Stamp start() {
        return start(scopeParent == null ? root : scopeParent, scopeResponse, scopeItem);
    }

    /** Starts timing an event under an explicit parent, keeping the scope's response and item. */
    public Stamp child(String parent) {
        return start(parent, scopeResponse, scopeItem);
    }

    /** Starts timing an event with all its links given. */
    public Stamp start(String parent, Integer response, String item) {
        String id = "e" + next++;
        if (root == null) {
            root = id;
        }
        return new Stamp(
                id,
                id.equals(root) ? null : parent,
                response,
                item,
                clock.instant().toString(),
                System.nanoTime());
    }

    /** The id of the first event started, or {@code null} before any. */
    public String root() {
        return root;
    }

    /**
     * Links events started until the returned scope is closed under {@code parent}, for response
     * {@code response} and item {@code item} (either may be {@code null}); scopes nest.
     */
    public Scope scope(String parent, Integer response, String item) {
        Scope previous = new Scope(this, scopeParent, scopeResponse, scopeItem);
        scopeParent = parent;
        scopeResponse = response;
        scopeItem = item;
        return previous;
    }

    /**
     * Records an event under the sample's {@link TraceLimits}: past them it is kept without its payload or
     * dropped, and a {@code trace_truncated} warning is placed where the first cut happened.
     */
    public void add(TraceEvent event) {
        TraceEvent kept = trimmer.admit(event);
        if (trimmer.truncated() && marker < 0) {
            marker = events.size();
            TraceEvent warning = truncationWarning(start(root, null, null));
            events.add(warning);
            observer.accept(warning);
        }
        if (kept != null) {
            events.add(kept);
            observer.accept(kept);
        }
    }

    /** The events so far; a cut trace holds one {@code trace_truncated} warning with the final counts. */
    public List<TraceEvent> events() {
        if (marker >= 0) {
            TraceEvents.Warning w = (TraceEvents.Warning) events.get(marker);
            events.set(
                    marker,
                    new TraceEvents.Warning(
                            w.id(), w.parent(), null, null, w.timestamp(), 0.0, w.code(), trimmer.summary()));
        }
        return List.copyOf(events);
    }

    private TraceEvent truncationWarning(Stamp st) {
        return TraceEvents.Warning.of(st, SampleWarning.TRACE_TRUNCATED, trimmer.summary());
    }

    /** The id, links, start instant and start nanos of an event being timed. */
    public record Stamp(String id, String parent, Integer response, String item, String timestamp, long startNanos) {
        public double elapsedMs() {
            return (System.nanoTime() - startNanos) / 1_000_000.0;
        }
    }

    /** Restores the enclosing scope when closed. */
    public static final class Scope implements AutoCloseable {
        private final TraceRecorder recorder;
        private final String parent;
        private final Integer response;
        private final String item;

        private Scope(TraceRecorder recorder, String parent, Integer response, String item) {
            this.recorder = recorder;
            this.parent = parent;
            this.response = response;
            this.item = item;
        }

        @Override
        public void close() {
            recorder.scopeParent = parent;
            recorder.scopeResponse = response;
            recorder.scopeItem = item;
        }
    }
}

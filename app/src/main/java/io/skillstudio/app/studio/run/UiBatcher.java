package io.skillstudio.app.studio.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Hands items from a worker thread to the UI thread in batches: at most one hand-over is queued at a
 * time, and a new one is queued no sooner than {@code minGapNanos} after the last, so a fast run of
 * thousands of samples costs the FX thread a few updates per second instead of one per sample.
 * Items offered after the last hand-over wait for the next offer or {@link #flushNow()}.
 */
final class UiBatcher<T> {

    private final Executor ui;
    private final Consumer<List<T>> sink;
    private final LongSupplier nanos;
    private final long minGapNanos;
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong lastScheduled = new AtomicLong(Long.MIN_VALUE / 2);

    UiBatcher(Executor ui, Consumer<List<T>> sink, LongSupplier nanos, long minGapNanos) {
        this.ui = ui;
        this.sink = sink;
        this.nanos = nanos;
        this.minGapNanos = minGapNanos;
    }

    /** From the worker: queue an item and schedule a hand-over when none is pending and the gap has passed. */
    void offer(T item) {
        queue.add(item);
        long now = nanos.getAsLong();
        if (now - lastScheduled.get() >= minGapNanos && scheduled.compareAndSet(false, true)) {
            lastScheduled.set(now);
            ui.execute(this::drain);
        }
    }

    /** Schedules a hand-over of whatever is queued, regardless of the gap (the run ended). */
    void flushNow() {
        ui.execute(this::drain);
    }

    private void drain() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        T item;
        while ((item = queue.poll()) != null) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}

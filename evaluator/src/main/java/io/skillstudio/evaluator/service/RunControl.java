package io.skillstudio.evaluator.service;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The cancel state of one run and the worker threads evaluating its samples right now. Cancel
 * interrupts exactly those threads: a worker registers before its sample and unregisters (clearing any
 * interrupt meant for it) after, under one lock, so an interrupt never leaks to the executor's next task.
 */
final class RunControl {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Set<Thread> workers = new HashSet<>();

    void cancel() {
        if (cancelled.getAndSet(true)) {
            return;
        }
        synchronized (workers) {
            workers.forEach(Thread::interrupt);
        }
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    /** Registers the calling worker; false when the run is already cancelled (then the sample is skipped). */
    boolean enter() {
        synchronized (workers) {
            if (cancelled.get()) {
                return false;
            }
            workers.add(Thread.currentThread());
            return true;
        }
    }

    void exit() {
        synchronized (workers) {
            workers.remove(Thread.currentThread());
            // An interrupt sent for this run's sample must not reach the pool's next task.
            Thread.interrupted();
        }
    }
}

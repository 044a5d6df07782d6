package io.skillstudio.evaluator.run;

import java.util.concurrent.atomic.AtomicBoolean;

/** Asks a running batch to stop; checked between samples, so finished results are kept. */
public final class CancelToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}

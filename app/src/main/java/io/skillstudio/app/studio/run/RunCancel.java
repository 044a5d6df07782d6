package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.service.RunHandle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Cancel for a run that may not have started yet: a cancel asked before the evaluation service handed
 * out its handle reaches the handle as soon as it arrives. Thread safe.
 */
public final class RunCancel {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<RunHandle> handle = new AtomicReference<>();

    public void cancel() {
        cancelled.set(true);
        RunHandle h = handle.get();
        if (h != null) {
            h.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Called by the gateway with the service's handle. */
    public void attach(RunHandle h) {
        handle.set(h);
        if (cancelled.get()) {
            h.cancel();
        }
    }
}

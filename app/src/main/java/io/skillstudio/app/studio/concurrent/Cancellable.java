package io.skillstudio.app.studio.concurrent;

/** A handle on submitted work. */
@FunctionalInterface
public interface Cancellable {
    void cancel();
}

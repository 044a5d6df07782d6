package io.skillstudio.app.studio.concurrent;

/** Work that runs off the FX thread; it reports progress and checks for cancellation. */
@FunctionalInterface
public interface BackgroundJob<T> {
    T run(Progress progress) throws Exception;
}

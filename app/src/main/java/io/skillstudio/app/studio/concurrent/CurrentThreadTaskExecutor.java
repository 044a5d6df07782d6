package io.skillstudio.app.studio.concurrent;

import java.util.function.Consumer;

/** Runs every job at once on the calling thread: deterministic ViewModel tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> Cancellable submit(
            String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = job.run(Progress.NONE);
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> {};
        }
        onSuccess.accept(result);
        return () -> {};
    }
}

package io.skillstudio.app.studio.concurrent;

import java.util.function.Consumer;

/**
 * Runs background jobs. ViewModels get one injected so tests run the work synchronously, without a
 * toolkit, while the studio runs it as a {@code javafx.concurrent.Task}.
 */
public interface TaskExecutor {

    /** Callbacks run on the FX thread in the studio, on the caller's thread in tests. */
    <T> Cancellable submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}

package io.skillstudio.app.studio.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs jobs as {@link Task}s on a small daemon pool and lists the running ones, so the status bar can
 * show their progress and offer cancel.
 */
public final class UiTaskExecutor implements TaskExecutor {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, daemonThreads("studio-worker"));
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

    /** Daemon threads so a busy job never keeps the JVM alive after the window closes. */
    public static ThreadFactory daemonThreads(String name) {
        ThreadFactory base = Executors.defaultThreadFactory();
        return r -> {
            Thread t = base.newThread(r);
            t.setDaemon(true);
            t.setName(name + "-" + t.getId());
            return t;
        };
    }

    /** Tasks currently running, newest last; only touched on the FX thread. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <T> Cancellable submit(
            String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                updateMessage(title);
                Task<T> self = this;
                return job.run(new Progress() {
                    @Override
                    public void update(double done, double total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String message) {
                        updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
            }
        });
        running.add(task);
        pool.execute(task);
        return () -> task.cancel(true);
    }
}

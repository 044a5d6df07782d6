package io.skillstudio.app.studio.preview;

import io.skillstudio.app.studio.concurrent.UiTaskExecutor;
import io.skillstudio.app.studio.settings.Theme;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WebView that shows the rendered Markdown of a text and follows it as the user types. Parsing and
 * rendering run in a background task so a long SKILL.md never stalls typing; only
 * {@code loadContent} runs on the FX thread, and only for the newest request.
 */
public final class MarkdownPreview extends StackPane {

    private static final Logger LOG = LoggerFactory.getLogger(MarkdownPreview.class);
    /** One thread for every preview: renders are short, and one at a time keeps their order. */
    private static final ExecutorService RENDER =
            Executors.newSingleThreadExecutor(UiTaskExecutor.daemonThreads("markdown-preview"));

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final WebView web = new WebView();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(300));
    private Task<String> pending;
    private long generation;

    public MarkdownPreview(ObservableValue<String> text, ObservableValue<Theme> theme) {
        setId("markdownPreview");
        web.setContextMenuEnabled(false);
        getChildren().add(web);
        debounce.setOnFinished(e -> render(text.getValue(), theme.getValue()));
        text.addListener((obs, old, now) -> debounce.playFromStart());
        theme.addListener((obs, old, now) -> render(text.getValue(), now));
        render(text.getValue(), theme.getValue());
    }

    /** Called on the FX thread: the text is read here, so the task works on an immutable snapshot. */
    private void render(String markdown, Theme theme) {
        if (pending != null) {
            pending.cancel(false);
        }
        long mine = ++generation;
        boolean dark = theme == Theme.DARK;
        String snapshot = markdown == null ? "" : markdown;
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                return renderer.page(snapshot, dark);
            }
        };
        // Newest wins: a slow render finishing after a newer request is dropped.
        task.setOnSucceeded(e -> {
            if (mine == generation) {
                web.getEngine().loadContent(task.getValue());
            }
        });
        task.setOnFailed(e -> LOG.warn("markdown preview failed", task.getException()));
        pending = task;
        RENDER.execute(task);
    }

    /** The number of renders requested so far; tests wait on it. */
    public long generation() {
        return generation;
    }

    public WebView webView() {
        return web;
    }
}

package io.skillstudio.app.studio.preview;

import io.skillstudio.app.studio.settings.Theme;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import javafx.util.Duration;

/** A WebView that shows the rendered Markdown of a text and follows it as the user types. */
public final class MarkdownPreview extends StackPane {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final WebView web = new WebView();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(300));

    public MarkdownPreview(ObservableValue<String> text, ObservableValue<Theme> theme) {
        setId("markdownPreview");
        web.setContextMenuEnabled(false);
        getChildren().add(web);
        debounce.setOnFinished(e -> render(text.getValue(), theme.getValue()));
        text.addListener((obs, old, now) -> debounce.playFromStart());
        theme.addListener((obs, old, now) -> render(text.getValue(), now));
        render(text.getValue(), theme.getValue());
    }

    private void render(String markdown, Theme theme) {
        web.getEngine().loadContent(renderer.page(markdown, theme == Theme.DARK));
    }

    public WebView webView() {
        return web;
    }
}

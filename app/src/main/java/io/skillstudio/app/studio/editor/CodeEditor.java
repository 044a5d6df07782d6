package io.skillstudio.app.studio.editor;

import io.skillstudio.app.studio.concurrent.UiTaskExecutor;
import io.skillstudio.app.studio.editor.highlight.Highlighter;
import io.skillstudio.model.diagnostics.Diagnostic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;
import org.reactfx.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text editor of one document: a RichTextFX code area with highlighting computed off the FX
 * thread, squiggles and gutter marks for diagnostics, find/replace, and caret reporting.
 */
public final class CodeEditor extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(CodeEditor.class);
    /** One thread for all editors: highlighting is short, and ordering per editor is kept by awaitLatest. */
    private static final ExecutorService HIGHLIGHT =
            Executors.newSingleThreadExecutor(UiTaskExecutor.daemonThreads("highlight"));

    private static final Duration HIGHLIGHT_DELAY = Duration.ofMillis(60);
    private static final Duration VALIDATE_DELAY = Duration.ofMillis(400);

    private final Document document;
    private final CodeArea area = new CodeArea();
    private final FindBar findBar = new FindBar(area);
    private final Highlighter highlighter;
    private final IntegerProperty fontSize = new SimpleIntegerProperty(13);
    private final GutterFactory gutter;
    private StyleSpans<Collection<String>> highlight;
    private final Subscription subscriptions;

    /** {@code onIdle} runs on the FX thread once typing pauses: the live-validation trigger. */
    public CodeEditor(Document document, Runnable onIdle) {
        this.document = document;
        this.highlighter = Highlighter.forType(document.type());
        this.gutter = new GutterFactory(area);
        getStyleClass().add("code-editor");
        area.getStyleClass().add("studio-code");
        area.setId("codeArea");
        // A translucent tint reads on both themes; the default fill is an opaque yellow. Set before
        // switching on, or the first highlighted line keeps the default.
        area.setLineHighlighterFill(Color.rgb(120, 140, 200, 0.16));
        area.setLineHighlighterOn(true);
        area.setParagraphGraphicFactory(gutter);
        // Undo covers the text only: the default manager also records style changes, so each re-highlight
        // after an undo (squiggles, highlighting) became a new change and wiped the redo history.
        area.setUndoManager(UndoUtils.plainTextUndoManager(area));
        area.replaceText(document.text());
        area.getUndoManager().forgetHistory();
        // replaceText leaves the caret, and so the viewport, at the end: a long file would open scrolled
        // to its last line while the status bar says 1:1.
        area.moveTo(0);
        area.requestFollowCaret();
        area.showParagraphAtTop(0);
        setTop(findBar);
        setCenter(new VirtualizedScrollPane<>(area));

        area.textProperty().addListener((obs, old, now) -> document.setText(now));
        document.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(area.getText())) {
                replaceMinimal(now);
            }
        });
        document.diagnosticsProperty().addListener((obs, old, now) -> showDiagnostics());
        document.revealRequestProperty().addListener((obs, old, pos) -> reveal(pos));
        area.caretPositionProperty().addListener((obs, old, now) -> {
            document.caretLineProperty().set(area.getCurrentParagraph() + 1);
            document.caretColumnProperty().set(area.getCaretColumn() + 1);
        });
        fontSize.addListener((obs, old, size) -> area.setStyle("-fx-font-size: " + size + "px;"));
        area.setStyle("-fx-font-size: " + fontSize.get() + "px;");

        Subscription highlighting = area.multiPlainChanges()
                .successionEnds(HIGHLIGHT_DELAY)
                .retainLatestUntilLater(HIGHLIGHT)
                .supplyTask(this::highlightAsync)
                .awaitLatest(area.multiPlainChanges())
                .filterMap(t -> {
                    if (t.isFailure()) {
                        LOG.warn("highlighting failed", t.getFailure());
                    }
                    return t.toOptional();
                })
                .subscribe(this::applyHighlight);
        Subscription idle =
                area.plainTextChanges().successionEnds(VALIDATE_DELAY).subscribe(c -> onIdle.run());
        subscriptions = highlighting.and(idle);
        applyHighlightNow();
    }

    // --- view API
    public Document document() {
        return document;
    }

    public CodeArea area() {
        return area;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public void showFind(boolean withReplace) {
        findBar.show(withReplace);
    }

    public void dispose() {
        subscriptions.unsubscribe();
    }

    // --- internals
    private Task<StyleSpans<Collection<String>>> highlightAsync() {
        String text = area.getText();
        Task<StyleSpans<Collection<String>>> task = new Task<>() {
            @Override
            protected StyleSpans<Collection<String>> call() {
                return highlighter.compute(text);
            }
        };
        HIGHLIGHT.execute(task);
        return task;
    }

    private void applyHighlightNow() {
        highlightAsync()
                .setOnSucceeded(e -> applyHighlight(((Task<StyleSpans<Collection<String>>>) e.getSource()).getValue()));
    }

    private void applyHighlight(StyleSpans<Collection<String>> spans) {
        highlight = spans;
        restyle();
    }

    private void showDiagnostics() {
        gutter.setDiagnostics(document.diagnosticsProperty().get());
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(gutter);
        restyle();
    }

    /** Highlight plus squiggles; skipped when the spans belong to older text (a newer result follows). */
    private void restyle() {
        if (highlight == null || highlight.length() != area.getLength()) {
            return;
        }
        List<Diagnostic> diags = document.diagnosticsProperty().get();
        StyleSpans<Collection<String>> spans = highlight;
        if (!diags.isEmpty()) {
            var ranges = DiagnosticSpans.ranges(area.getText(), diags);
            if (!ranges.isEmpty()) {
                spans = spans.overlay(DiagnosticSpans.spans(area.getLength(), ranges), CodeEditor::union);
            }
        }
        area.setStyleSpans(0, spans);
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Replaces only the changed middle, so a form edit keeps the caret, scroll and undo history sane. */
    private void replaceMinimal(String now) {
        String old = area.getText();
        int prefix = 0;
        int max = Math.min(old.length(), now.length());
        while (prefix < max && old.charAt(prefix) == now.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
            suffix++;
        }
        area.replaceText(prefix, old.length() - suffix, now.substring(prefix, now.length() - suffix));
    }

    private void reveal(Document.Position pos) {
        if (pos == null) {
            return;
        }
        int para = Math.max(0, Math.min(pos.line() - 1, area.getParagraphs().size() - 1));
        int col = Math.max(0, Math.min(pos.column() - 1, area.getParagraph(para).length()));
        area.moveTo(para, col);
        area.requestFollowCaret();
        area.requestFocus();
        document.revealRequestProperty().set(null);
    }

    Optional<StyleSpans<Collection<String>>> currentHighlight() {
        return Optional.ofNullable(highlight);
    }
}

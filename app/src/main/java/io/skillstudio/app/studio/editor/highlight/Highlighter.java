package io.skillstudio.app.studio.editor.highlight;

import io.skillstudio.app.studio.editor.FileType;
import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;

/** Turns text into style-class spans. Pure and thread-safe: it runs off the FX thread. */
@FunctionalInterface
public interface Highlighter {

    StyleSpans<Collection<String>> compute(String text);

    static Highlighter forType(FileType type) {
        return switch (type) {
            case MARKDOWN -> new MarkdownHighlighter();
            case YAML -> RegexHighlighter.YAML;
            case JSON -> RegexHighlighter.JSON;
            case PYTHON -> RegexHighlighter.PYTHON;
            case PLAIN -> RegexHighlighter.PLAIN;
        };
    }
}

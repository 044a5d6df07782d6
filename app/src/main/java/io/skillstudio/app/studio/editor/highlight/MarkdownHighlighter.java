package io.skillstudio.app.studio.editor.highlight;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Markdown, with a leading {@code ---} YAML frontmatter block highlighted as YAML. */
public final class MarkdownHighlighter implements Highlighter {

    private static final Pattern FRONTMATTER =
            Pattern.compile("\\A---[ \\t]*\\r?\\n[\\s\\S]*?^---[ \\t]*$", Pattern.MULTILINE);

    private static final RegexHighlighter BODY = new RegexHighlighter(
            "(?<CODE>^```[\\s\\S]*?(?:^```[ \\t]*$|\\z)|`[^`\\n]+`)"
                    + "|(?<HEADING>^#{1,6}[ \\t][^\\n]*)"
                    + "|(?<BULLET>^[ \\t]*(?:[-*+]|\\d+[.)])(?=[ \\t]))"
                    + "|(?<STRONG>\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__)"
                    + "|(?<EMPHASIS>(?<![*\\w])\\*[^*\\n]+\\*(?!\\*)|(?<![_\\w])_[^_\\n]+_(?![_\\w]))"
                    + "|(?<LINK>!?\\[[^\\]\\n]*\\]\\([^)\\n]*\\))"
                    + "|(?<QUOTE>^>[^\\n]*)"
                    + "|(?<PUNCT>^\\|.*\\|[ \\t]*$)",
            List.of("CODE", "HEADING", "BULLET", "STRONG", "EMPHASIS", "LINK", "QUOTE", "PUNCT"));

    @Override
    public StyleSpans<Collection<String>> compute(String text) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int covered = 0;
        int bodyStart = 0;
        Matcher fm = FRONTMATTER.matcher(text);
        if (fm.find()) {
            covered = RegexHighlighter.YAML.add(b, text, 0, fm.end(), 0);
            b.add(Collections.emptyList(), fm.end() - covered);
            covered = fm.end();
            bodyStart = fm.end();
        }
        covered = BODY.add(b, text, bodyStart, text.length(), covered);
        b.add(Collections.emptyList(), text.length() - covered);
        return b.create();
    }
}

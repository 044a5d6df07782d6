package io.skillstudio.app.studio.editor.highlight;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A highlighter from one regex whose named groups are style classes ({@code KEY} becomes
 * {@code hl-key}). Regexes are enough here: the files are small languages and a wrong colour is harmless.
 */
public final class RegexHighlighter implements Highlighter {

    public static final RegexHighlighter YAML = new RegexHighlighter(
            "(?<COMMENT>(?<=^|\\s)#[^\\n]*)"
                    + "|(?<KEY>^[ \\t]*(?:- +)?[\\w.\\-\"' ]+?(?=:(?:\\s|$)))"
                    + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\n]|'')*')"
                    + "|(?<PUNCT>^[ \\t]*-(?=\\s)|^---$|^\\.\\.\\.$|[|>][+-]?$)"
                    + "|(?<LITERAL>\\b(?:true|false|null|yes|no|~)\\b)"
                    + "|(?<NUMBER>(?<=[:\\-\\[,]\\s?)-?\\b\\d+(?:\\.\\d+)?\\b)"
                    + "|(?<ANCHOR>[&*][\\w\\-]+)",
            List.of("COMMENT", "KEY", "STRING", "PUNCT", "LITERAL", "NUMBER", "ANCHOR"));

    public static final RegexHighlighter JSON = new RegexHighlighter(
            "(?<KEY>\"(?:[^\"\\\\\\n]|\\\\.)*\"(?=\\s*:))"
                    + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\")"
                    + "|(?<LITERAL>\\b(?:true|false|null)\\b)"
                    + "|(?<NUMBER>-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)"
                    + "|(?<PUNCT>[{}\\[\\],:])",
            List.of("KEY", "STRING", "LITERAL", "NUMBER", "PUNCT"));

    public static final RegexHighlighter PYTHON = new RegexHighlighter(
            "(?<COMMENT>#[^\\n]*)"
                    + "|(?<STRING>\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)|'''[\\s\\S]*?(?:'''|\\z)"
                    + "|[rbfu]{0,2}\"(?:[^\"\\\\\\n]|\\\\.)*\"|[rbfu]{0,2}'(?:[^'\\\\\\n]|\\\\.)*')"
                    + "|(?<DECORATOR>^[ \\t]*@[\\w.]+)"
                    + "|(?<KEYWORD>\\b(?:False|None|True|and|as|assert|async|await|break|class|continue|def|del|elif"
                    + "|else|except|finally|for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise"
                    + "|return|try|while|with|yield)\\b)"
                    + "|(?<NUMBER>\\b\\d+(?:\\.\\d+)?\\b)",
            List.of("COMMENT", "STRING", "DECORATOR", "KEYWORD", "NUMBER"));

    public static final RegexHighlighter PLAIN = new RegexHighlighter("(?<NONE>(?!))", List.of("NONE"));

    private final Pattern pattern;
    private final List<String> groups;

    public RegexHighlighter(String regex, List<String> groups) {
        this.pattern = Pattern.compile(regex, Pattern.MULTILINE);
        this.groups = List.copyOf(groups);
    }

    @Override
    public StyleSpans<Collection<String>> compute(String text) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int last = add(b, text, 0, text.length(), 0);
        b.add(Collections.emptyList(), text.length() - last);
        return b.create();
    }

    /**
     * Adds spans for {@code text[from, to)} to {@code b}, which has covered up to {@code covered}.
     * Returns the new covered offset (the caller fills the rest).
     */
    int add(StyleSpansBuilder<Collection<String>> b, String text, int from, int to, int covered) {
        Matcher m = pattern.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        int last = covered;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            String cls = styleOf(m);
            b.add(Collections.emptyList(), m.start() - last);
            b.add(Collections.singleton(cls), m.end() - m.start());
            last = m.end();
        }
        return last;
    }

    private String styleOf(Matcher m) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return "hl-" + g.toLowerCase(Locale.ROOT);
            }
        }
        return "hl-none";
    }
}

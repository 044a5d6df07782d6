package io.skillstudio.app.studio.preview;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Markdown to an HTML page for the preview; the YAML frontmatter is left out, as the judge never renders it. */
public final class MarkdownRenderer {

    private static final Pattern FRONTMATTER = Pattern.compile("\\A---\\r?\\n[\\s\\S]*?\\n---[ \\t]*(\\r?\\n|\\z)");
    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .build();

    public String body(String markdown) {
        return renderer.render(parser.parse(FRONTMATTER.matcher(markdown).replaceFirst("")));
    }

    public String page(String markdown, boolean dark) {
        String fg = dark ? "#c9d1d9" : "#24292f";
        String bg = dark ? "#0d1117" : "#ffffff";
        String border = dark ? "#30363d" : "#d0d7de";
        return "<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
                + "body{font-family:sans-serif;font-size:14px;line-height:1.5;padding:8px 16px;color:" + fg
                + ";background:" + bg + "}table{border-collapse:collapse}td,th{border:1px solid " + border
                + ";padding:4px 8px}code,pre{font-family:monospace;background:" + border + "40}"
                + "</style></head><body>" + body(markdown) + "</body></html>";
    }
}

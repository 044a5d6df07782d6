package io.skillstudio.app.studio.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.editor.highlight.Highlighter;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class HighlighterTest {

    @ParameterizedTest
    @EnumSource(FileType.class)
    void spansCoverTheWholeTextEvenWhenMalformed(FileType type) {
        for (String text : List.of(
                "",
                "---",
                "---\nname: [unclosed\n",
                "\"\"\"never closed",
                "{\"a\": ",
                "```\ncode",
                "\u0000\u0001 binary-ish \uFFFD")) {
            assertThat(Highlighter.forType(type).compute(text).length())
                    .as(type + ": " + text)
                    .isEqualTo(text.length());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "MARKDOWN, '---\nname: x\n---\n# Title\n', 0, hl-punct",
        "MARKDOWN, '---\nname: x\n---\n# Title\n', 4, hl-key",
        "MARKDOWN, '---\nname: x\n---\n# Title\n', 16, hl-heading",
        "YAML, 'a: 1 # c', 0, hl-key",
        "YAML, 'a: 1 # c', 5, hl-comment",
        "JSON, '{\"k\": true}', 1, hl-key",
        "JSON, '{\"k\": true}', 6, hl-literal",
        "PYTHON, 'def f(): return \"s\"', 0, hl-keyword",
        "PYTHON, 'def f(): return \"s\"', 16, hl-string",
    })
    void stylesTheExpectedTokens(FileType type, String text, int offset, String style) {
        StyleSpans<Collection<String>> spans = Highlighter.forType(type).compute(text);
        assertThat(styleAt(spans, offset)).contains(style);
    }

    private static Collection<String> styleAt(StyleSpans<Collection<String>> spans, int offset) {
        int pos = 0;
        for (var span : spans) {
            if (offset < pos + span.getLength()) {
                return span.getStyle();
            }
            pos += span.getLength();
        }
        return List.of();
    }

    /** Spans must cover the whole text or RichTextFX rejects them; speed is not asserted here (no timed tests). */
    @Test
    void aFiveThousandLineFileIsHighlightedWhole() {
        String line = "- id: rubric.x   # comment \"q\"\n  path: rubrics/x.md\n";
        String text = line.repeat(2500);
        assertThat(Highlighter.forType(FileType.YAML).compute(text).length()).isEqualTo(text.length());
        assertThat(Highlighter.forType(FileType.MARKDOWN).compute(text).length())
                .isEqualTo(text.length());
    }

    @Test
    void squiggleRangesFollowDiagnosticPositions() {
        String text = "name: Bad_Name\ndescription: ok\n";
        var d = Diagnostic.at(DiagnosticCode.NAME_INVALID, "SKILL.md", 1, 7, "bad");
        var ranges = DiagnosticSpans.ranges(text, List.of(d, d.withLine(0), d.withLine(99)));
        assertThat(ranges).containsExactly(new DiagnosticSpans.Range(6, 14, "squiggle-error"));
        assertThat(DiagnosticSpans.spans(text.length(), ranges).length()).isEqualTo(text.length());
    }

    @Test
    void findAndReplace() {
        assertThat(TextSearch.indexOf("Abc abc", "ABC", 1, false)).isEqualTo(4);
        assertThat(TextSearch.replaceAll("a-a-A", "a", "b", true)).isEqualTo(new TextSearch.Result("b-b-A", 2));
    }
}

package io.skillstudio.app.studio.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.diagnostics.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnostic columns are 1-based UTF-16 char columns, as in skill-model and RichTextFX. */
class DiagnosticSpansTest {

    @Test
    void anEmojiBeforeTheSquiggleCountsAsTwoChars() {
        // "😀" is one code point but two UTF-16 chars: "bad" starts at char column 10, not 9.
        String text = "---\nname: 😀 bad\n---\n";
        Diagnostic d =
                new Diagnostic(DiagnosticCode.NAME_INVALID.code(), Severity.ERROR, "SKILL.md", 2, 10, 3, "bad", null);
        var range = DiagnosticSpans.ranges(text, List.of(d)).get(0);
        assertThat(text.substring(range.start(), range.end())).isEqualTo("bad");
    }

    @Test
    void aPointAfterAnEmojiUnderlinesTheWordThere() {
        String text = "x\n😀😀 word rest\n";
        var range = DiagnosticSpans.ranges(text, List.of(Diagnostic.at(DiagnosticCode.FILE_EMPTY, "f", 2, 6, "w")))
                .get(0);
        assertThat(text.substring(range.start(), range.end())).isEqualTo("word");
    }
}

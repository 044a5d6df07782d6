package io.skillstudio.evaluator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceSpansTest {

    @Test
    void wordLevelSpansSeparatedOnlyByWhitespaceBecomeOneRegionWithTheirCount() {
        String text = "one two three. four";
        List<EvidenceSpan> words = List.of(
                new EvidenceSpan(0, 3, "word"),
                new EvidenceSpan(4, 7, "word"),
                new EvidenceSpan(8, 13, "word"),
                new EvidenceSpan(15, 19, "word"));

        List<EvidenceSpan> grouped = EvidenceSpans.forTrace(text, words);

        assertThat(grouped)
                .containsExactly(
                        new EvidenceSpan(0, 13, "word", "one two three", 3),
                        new EvidenceSpan(15, 19, "word", "four", null));
    }

    @Test
    void spansWithDifferentNotesStayApartAndOrderIsByOffset() {
        String text = "abc def";
        List<EvidenceSpan> spans = List.of(new EvidenceSpan(4, 7, "b"), new EvidenceSpan(0, 3, "a"));

        assertThat(EvidenceSpans.forTrace(text, spans))
                .containsExactly(new EvidenceSpan(0, 3, "a", "abc", null), new EvidenceSpan(4, 7, "b", "def", null));
    }

    @Test
    void longQuotesAreCutButOffsetsStayExactAndSpansPastTheEndAreClamped() {
        String text = "x".repeat(500);

        EvidenceSpan s = EvidenceSpans.forTrace(text, List.of(new EvidenceSpan(0, 500, "all")))
                .get(0);
        EvidenceSpan past = EvidenceSpans.forTrace("ab", List.of(new EvidenceSpan(1, 9, "p")))
                .get(0);

        assertThat(s.end()).isEqualTo(500);
        assertThat(s.text()).hasSize(EvidenceSpans.MAX_QUOTE + 1).endsWith("…");
        assertThat(past.text()).isEqualTo("b");
        assertThat(past.end()).isEqualTo(9);
    }
}

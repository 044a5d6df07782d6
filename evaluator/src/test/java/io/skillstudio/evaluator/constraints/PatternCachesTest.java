package io.skillstudio.evaluator.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Markdown helpers' pattern caches: one translation per pattern, bounded whatever the input. */
class PatternCachesTest {

    @Test
    void markdownCachesReuseAndStayBounded() {
        assertThat(MarkdownCounts.heading(2)).isSameAs(MarkdownCounts.heading(2));
        assertThat(MarkdownCounts.codeBlock("java")).isSameAs(MarkdownCounts.codeBlock("java"));
        for (int i = 0; i < MarkdownCounts.MAX_CACHED * 2; i++) {
            assertThat(MarkdownCounts.heading(i + 10).count("x")).isZero();
            assertThat(MarkdownCounts.codeBlock("lang" + i).count("```lang" + i + "\nx\n```"))
                    .isEqualTo(1);
        }
        assertThat(MarkdownCounts.cachedPatterns()).isLessThanOrEqualTo(2L * MarkdownCounts.MAX_CACHED);
    }
}

package io.skillstudio.evaluator.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The constraint helpers' pattern caches: one translation per pattern, bounded whatever the input. */
class PatternCachesTest {

    @Test
    void regexCacheReturnsTheSameTranslationForTheSamePatternAndFlags() throws PyRegexException {
        PyRegex first = RegexCache.get("a+b", 0);
        assertThat(RegexCache.get("a+b", 0)).isSameAs(first);
        assertThat(RegexCache.get("a+b", PyFlags.IGNORECASE)).isNotSameAs(first);
    }

    @Test
    void regexCacheRethrowsACachedTranslationErrorEveryTime() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> RegexCache.get("(unclosed", 0)).isInstanceOf(PyRegexException.class);
        }
    }

    @Test
    void regexCacheStaysBoundedUnderManyDistinctPatterns() throws PyRegexException {
        for (int i = 0; i < RegexCache.MAX_ENTRIES * 2; i++) {
            assertThat(RegexCache.get("x" + i, 0).count("x" + i)).isEqualTo(1);
        }
        assertThat(RegexCache.size()).isLessThanOrEqualTo(RegexCache.MAX_ENTRIES);
    }

    @Test
    void markdownCachesReuseAndStayBounded() {
        assertThat(MarkdownCounts.heading(2)).isSameAs(MarkdownCounts.heading(2));
        assertThat(MarkdownCounts.codeBlock("java")).isSameAs(MarkdownCounts.codeBlock("java"));
        for (int i = 0; i < MarkdownCounts.MAX_CACHED * 2; i++) {
            assertThat(MarkdownCounts.heading(i + 10).count("x")).isZero();
            assertThat(MarkdownCounts.codeBlock("lang" + i).count("```lang" + i + "\nx\n```")).isEqualTo(1);
        }
        assertThat(MarkdownCounts.cachedPatterns()).isLessThanOrEqualTo(2L * MarkdownCounts.MAX_CACHED);
    }
}

package io.skillstudio.evaluator.python.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one cache of translated patterns: one translation per (pattern, flags), bounded whatever the input. */
class RegexCacheTest {

    @Test
    void returnsTheSameTranslationForTheSamePatternAndFlags() throws PyRegexException {
        PyRegex first = RegexCache.get("a+b", 0);
        assertThat(RegexCache.get("a+b", 0)).isSameAs(first);
        assertThat(RegexCache.get("a+b", PyFlags.IGNORECASE)).isNotSameAs(first);
    }

    @Test
    void rethrowsACachedTranslationErrorEveryTime() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> RegexCache.get("(unclosed", 0)).isInstanceOf(PyRegexException.class);
        }
    }

    @Test
    void staysBoundedUnderManyDistinctPatterns() throws PyRegexException {
        for (int i = 0; i < RegexCache.MAX_ENTRIES * 2; i++) {
            assertThat(RegexCache.get("x" + i, 0).count("x" + i)).isEqualTo(1);
        }
        assertThat(RegexCache.size()).isLessThanOrEqualTo(RegexCache.MAX_ENTRIES);
    }

    @Test
    void findIsEmptyForAPatternPythonRejectsAndPresentOtherwise() {
        assertThat(RegexCache.find("(unclosed", 0)).isEmpty();
        assertThat(RegexCache.find("(?P<n>a)(?P=n)", PyFlags.IGNORECASE)).isPresent();
    }
}

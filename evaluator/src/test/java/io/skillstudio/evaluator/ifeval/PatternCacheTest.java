package io.skillstudio.evaluator.ifeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** IFEval's kwarg pattern cache: one compilation per (regex, flags), invalid regexes empty, bounded size. */
class PatternCacheTest {

    @Test
    void returnsTheSameCompiledPatternForTheSameRegexAndFlags() {
        Pattern first = PatternCache.get("colou?r", 0).orElseThrow();
        assertThat(PatternCache.get("colou?r", 0).orElseThrow()).isSameAs(first);
        assertThat(PatternCache.get("colou?r", PatternCache.IGNORE_CASE).orElseThrow()).isNotSameAs(first);
    }

    @Test
    void compilesWithUnixLinesAndTheGivenFlags() {
        Pattern p = PatternCache.get("a.b", PatternCache.IGNORE_CASE).orElseThrow();
        assertThat(p.flags() & Pattern.UNIX_LINES).isNotZero();
        assertThat(p.flags() & Pattern.CASE_INSENSITIVE).isNotZero();
        assertThat(p.matcher("A\rB").matches()).isTrue();
    }

    @Test
    void anInvalidRegexIsEmptyEveryTime() {
        assertThat(PatternCache.get("(unclosed", 0)).isEmpty();
        assertThat(PatternCache.get("(unclosed", 0)).isEmpty();
    }

    @Test
    void staysBoundedUnderManyDistinctKwargs() {
        for (int i = 0; i < PatternCache.MAX * 2; i++) {
            assertThat(PatternCache.get("w" + i, 0)).isPresent();
        }
        assertThat(PatternCache.size()).isLessThanOrEqualTo(PatternCache.MAX);
    }
}

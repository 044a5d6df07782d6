package io.skillstudio.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathOrderTest {

    @Test
    void componentOrderDiffersFromStringOrderLikePythonPaths() {
        List<String> paths = new ArrayList<>(List.of("a-b/x.md", "a/b.md", "README.md", ".hidden", "SKILL.md"));
        paths.sort(PathOrder.UPSTREAM);
        assertThat(paths).containsExactly(".hidden", "README.md", "SKILL.md", "a/b.md", "a-b/x.md");
        paths.sort(PathOrder.CODE_POINT);
        assertThat(paths).containsExactly(".hidden", "README.md", "SKILL.md", "a-b/x.md", "a/b.md");
    }

    @Test
    void astralCharactersCompareByCodePointNotUtf16() {
        // U+FF61 is above the surrogate range in UTF-16 but below U+1F600 as a code point.
        assertThat(PathOrder.UPSTREAM.compare("\uFF61", "\uD83D\uDE00")).isNegative();
        assertThat("\uFF61".compareTo("\uD83D\uDE00")).isPositive();
    }

    @Test
    void aPrefixSortsFirst() {
        assertThat(PathOrder.UPSTREAM.compare("a", "a/b")).isNegative();
        assertThat(PathOrder.UPSTREAM.compare("ab", "ab")).isZero();
    }
}

package io.skillstudio.evaluator.python.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The Python-to-Java translation: Python's meaning for classes, anchors, braces, flags and errors. */
class PyRegexTest {

    private static int count(String pattern, int flags, String text) throws PyRegexException {
        return RegexCache.get(pattern, flags).count(text);
    }

    @Test
    void namedGroupsAndNamedBackreferencesTranslate() throws PyRegexException {
        assertThat(count("(?P<w>\\w)(?P=w)", 0, "aabbc")).isEqualTo(2);
    }

    @Test
    void wordClassFollowsPythonNotJava() throws PyRegexException {
        assertThat(count("\\w+", 0, "x²½ e\u0301")).isEqualTo(2); // No digits are word chars, marks are not
        assertThat(count("\\w+", PyFlags.ASCII, "café")).isEqualTo(1);
        assertThat(count("\\s", 0, "\u001c\u00a0\u200b")).isEqualTo(2);
    }

    @Test
    void dotAnchorsAndZFollowPython() throws PyRegexException {
        assertThat(count(".", 0, "a\rb\n")).isEqualTo(3);
        assertThat(count("^", PyFlags.MULTILINE, "a\n")).isEqualTo(2);
        assertThat(count("$", 0, "a\n")).isEqualTo(2);
        assertThat(count("\\Z", 0, "a\n")).isEqualTo(1);
    }

    @Test
    void bracesThatAreNotQuantifiersStayLiteral() throws PyRegexException {
        assertThat(count("#{-1}", 0, "#{-1}")).isEqualTo(1);
        assertThat(count("a{,2}", 0, "aaa")).isEqualTo(3);
    }

    @Test
    void verboseModeAndScopedFlagsWork() throws PyRegexException {
        assertThat(count("(?x) a  b  # comment", 0, "ab a b")).isEqualTo(1);
        assertThat(count("(?i:a)b", 0, "Ab AB")).isEqualTo(1);
    }

    @Test
    void ignoreCaseRangesMatchKelvinSignLikePython() throws PyRegexException {
        assertThat(count("[A-Z]", PyFlags.IGNORECASE, "\u212A")).isEqualTo(1);
    }

    @Test
    void patternsPythonRejectsAreRejectedWithPositions() {
        assertThatThrownBy(() -> PyRegex.compile("(", 0))
                .isInstanceOf(PyRegexException.class)
                .hasMessageContaining("position 0");
        assertThatThrownBy(() -> PyRegex.compile("a**", 0)).hasMessageContaining("multiple repeat");
        assertThatThrownBy(() -> PyRegex.compile("*a", 0)).hasMessageContaining("nothing to repeat");
        assertThatThrownBy(() -> PyRegex.compile("[z-a]", 0)).hasMessageContaining("bad character range");
        assertThatThrownBy(() -> PyRegex.compile("(a)\\2", 0)).hasMessageContaining("invalid group reference");
        assertThatThrownBy(() -> PyRegex.compile("a(?i)b", 0)).hasMessageContaining("global flags");
        assertThatThrownBy(() -> PyRegex.compile("(?(1)a|b)", 0)).isInstanceOf(PyRegexException.class);
    }
}

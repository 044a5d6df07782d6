package io.skillstudio.evaluator.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PyTextTest {

    @Test
    void spaceRegexMatchesCpythonTable() {
        Pattern s = Pattern.compile(PyText.S);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean regex = s.matcher(new String(Character.toChars(cp))).matches();
            assertThat(regex).as("U+%04X", cp).isEqualTo(PyUnicode.SPACE.contains(cp));
        }
    }

    @Test
    void stripAndBlankFollowPython() {
        assertThat(PyText.strip("\u001c a b\u3000\u0085")).isEqualTo("a b");
        assertThat(PyText.strip("\u200b a")).isEqualTo("\u200b a"); // ZWSP is not whitespace in Python
        assertThat(PyText.isBlank(" \t\u00a0")).isTrue();
        assertThat(PyText.isBlank("")).isTrue();
        String s = "abc";
        assertThat(PyText.strip(s)).isSameAs(s);
    }

    @Test
    void caseAndWordClasses() {
        assertThat(PyText.isUpper("ABC 1")).isTrue();
        assertThat(PyText.isUpper("123")).isFalse();
        assertThat(PyText.isUpper("Ǆ")).isTrue(); // U+01C4 DŽ is upper, its title form U+01C5 is not
        assertThat(PyText.isUpper("ǅ")).isFalse();
        assertThat(PyText.isLower("abc ß")).isTrue();
        assertThat(PyText.isWord('_')).isTrue();
        assertThat(PyText.isWord(0x0301)).isFalse(); // combining acute: not \w in Python
        assertThat(PyText.isWord(0x00B2)).isTrue(); // superscript two: isdigit
    }

    @Test
    void splitLinesLikePython() {
        List<int[]> lines = PyText.splitLines("a\r\nb\u2028c\n");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).containsExactly(3, 4);
    }
}

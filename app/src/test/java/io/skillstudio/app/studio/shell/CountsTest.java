package io.skillstudio.app.studio.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0, warning, 0 warnings
            1, warning, 1 warning
            2, warning, 2 warnings
            1, error,   1 error
            3, error,   3 errors
            """)
    void pluralizesByCount(int n, String noun, String expected) {
        assertEquals(expected, Counts.of(n, noun));
    }
}

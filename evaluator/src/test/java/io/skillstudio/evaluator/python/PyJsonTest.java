package io.skillstudio.evaluator.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PyJsonTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "{",
                "[1,]",
                "{\"a\":1,}",
                "+1",
                "INF",
                "01",
                "1 2",
                "\"a\nb\"",
                "\uFEFF{}",
                "{'a': 1}",
                "[1",
                "\"\\x\"",
                "\"\\u12\"",
                "tru",
                "-",
                "{\"a\" 1}",
                "{1: 2}",
                "nan"
            })
    void malformedIsInvalid(String text) {
        assertThat(PyJson.firstError(text)).isGreaterThanOrEqualTo(0);
        PyJson.Parsed p = PyJson.parse(text);
        assertThat(p.valid()).isFalse();
        assertThat(p.value().isNull()).isTrue();
        assertThat(p.error()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                " {\"a\": [1, 2.5e3, null, true]} ",
                "NaN",
                "-Infinity",
                "\"\\ud800\"",
                "{\"a\":1,\"a\":2}",
                "123456789012345678901234567890",
                "1.",
                "[]"
            })
    void pythonAcceptsTheseOrTrailingDataIsFlagged(String text) {
        // "1." is trailing data in Python ("Extra data"); everything else here is valid.
        boolean valid = !text.equals("1.");
        assertThat(PyJson.firstError(text) < 0).isEqualTo(valid);
        assertThat(PyJson.parse(text).valid()).isEqualTo(valid);
    }

    @Test
    void nestingBeyondRecursionLimitIsInvalid() {
        assertThat(PyJson.firstError("[".repeat(900) + "]".repeat(900))).isEqualTo(-1);
        assertThat(PyJson.firstError("[".repeat(2000) + "]".repeat(2000))).isGreaterThanOrEqualTo(0);
    }

    @Test
    void keysInOrder() {
        PyJson.KeyCheck k = PyJson.hasKeys("{\"b\": 1, \"a\": 2}", List.of("a", "c", "b"));
        assertThat(k.validJson()).isTrue();
        assertThat(k.present()).containsExactly("a", "b");
        assertThat(k.missing()).containsExactly("c");
        assertThat(PyJson.hasKeys("[1]", List.of("a")).missing()).containsExactly("a");
        assertThat(PyJson.hasKeys("{", List.of("a")).validJson()).isFalse();
    }
}

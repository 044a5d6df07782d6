package io.skillstudio.serve.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialPolicyTest {

    @Test
    void parsesValueAndUnscored() {
        assertThat(PartialPolicy.parse("value")).isEqualTo(PartialPolicy.VALUE);
        assertThat(PartialPolicy.parse(" Unscored ")).isEqualTo(PartialPolicy.UNSCORED);
        assertThat(PartialPolicy.UNSCORED.code()).isEqualTo("unscored");
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> PartialPolicy.parse("skip"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--partial-as must be value or unscored, got 'skip'");
    }
}

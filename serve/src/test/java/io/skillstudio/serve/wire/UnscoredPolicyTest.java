package io.skillstudio.serve.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnscoredPolicyTest {

    @Test
    void parsesTheThreeForms() {
        assertThat(UnscoredPolicy.parse("skip")).isInstanceOf(UnscoredPolicy.Skip.class);
        assertThat(UnscoredPolicy.parse(" ERROR ")).isInstanceOf(UnscoredPolicy.Error.class);
        assertThat(UnscoredPolicy.parse("-1")).isEqualTo(new UnscoredPolicy.Value(-1));
        assertThat(UnscoredPolicy.parse("0.5").reward().getAsDouble()).isEqualTo(0.5);
        assertThat(UnscoredPolicy.parse("skip").reward()).isEmpty();
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> UnscoredPolicy.parse("zero")).hasMessageContaining("skip, error or a number");
        assertThatThrownBy(() -> UnscoredPolicy.parse("NaN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnscoredPolicy.parse("Infinity")).isInstanceOf(IllegalArgumentException.class);
    }
}

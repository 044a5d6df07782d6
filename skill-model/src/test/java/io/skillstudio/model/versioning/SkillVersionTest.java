package io.skillstudio.model.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SkillVersionTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"0.0.0", "1.2.3", "10.20.30", "1.0.0-rc.1", "1.0.0-alpha.beta+exp.sha.5114f85", "2.0.0+build.7"})
    void acceptsSemanticVersionsAsWritten(String text) {
        assertThat(SkillVersion.parse(text))
                .hasValueSatisfying(v -> assertThat(v.toString()).isEqualTo(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1.2",
                "1",
                "v1.2.3",
                " 1.2.3",
                "1.2.3 ",
                "01.2.3",
                "1.02.3",
                "1.2.3-01",
                "1.2.3.4",
                "1.2.3-",
                "",
                "latest",
                "=1.2.3",
                "1.2.x"
            })
    void rejectsAnythingElse(String text) {
        assertThat(SkillVersion.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "1.2.3,PATCH,1.2.4",
        "1.2.3,MINOR,1.3.0",
        "1.2.3,MAJOR,2.0.0",
        "1.2.3-rc.1,PATCH,1.2.3",
        "1.2.3+b.9,PATCH,1.2.4",
        "0.9.9,MAJOR,1.0.0"
    })
    void bumpsThePartAskedFor(String from, BumpKind kind, String to) {
        assertThat(SkillVersion.parse(from).orElseThrow().bump(kind).toString()).isEqualTo(to);
    }

    @org.junit.jupiter.api.Test
    void ordersBySemverPrecedence() {
        assertThat(SkillVersion.parse("1.0.0-rc.1").orElseThrow())
                .isLessThan(SkillVersion.parse("1.0.0").orElseThrow());
        assertThat(SkillVersion.parse("1.10.0").orElseThrow())
                .isGreaterThan(SkillVersion.parse("1.9.0").orElseThrow());
    }
}

package io.skillstudio.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Syntax errors point at the line with the mistake, as SnakeYAML's marks are read. */
class YamlParseTest {

    @Test
    void aLineWithoutColonIsReportedOnThatLineNotTheNext() {
        YamlParse.YamlError e = YamlParse.parse("name: x\nthis line has no colon\ndescription: y\n")
                .error()
                .orElseThrow();

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.message()).contains("started at 2:1");
    }

    @Test
    void anUnterminatedQuoteIsReportedWhereTheQuoteOpens() {
        YamlParse.YamlError e = YamlParse.parse("name: x\ndescription: \"open\nlicense: y\n")
                .error()
                .orElseThrow();

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(14);
    }

    @Test
    void aColonInsideAPlainValueIsReportedAtTheColon() {
        YamlParse.YamlError e =
                YamlParse.parse("name: x\ndescription: a: b\n").error().orElseThrow();

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(15);
    }

    @Test
    void aBadIndentIsReportedOnTheLineThatBreaksTheBlockNotWhereTheBlockStarts() {
        YamlParse.YamlError e =
                YamlParse.parse("name: x\nitems:\n  - a\n - b\n").error().orElseThrow();

        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void validYamlHasNoError() {
        assertThat(YamlParse.parse("name: x\n").ok()).isTrue();
    }

    @Test
    void aScalarTagOnAMappingIsAnErrorNotAClassCastException() {
        // Jazzer finding (ResourcesYamlFuzzTest, crash-9d54ecdb...): SafeConstructor casts without checking.
        for (String tag : new String[] {"!!binary", "!!int", "!!float", "!!timestamp", "!!bool", "!!str"}) {
            for (String body : new String[] {"\n    path: x\n", " [1, 2]\n"}) {
                YamlParse.Result r = YamlParse.parse("resources:\n  - " + tag + body);
                if (!r.ok()) {
                    assertThat(r.error())
                            .get()
                            .extracting(YamlParse.YamlError::message)
                            .asString()
                            .isNotBlank();
                }
            }
        }
        YamlParse.Result r = YamlParse.parse("resources:\n  - !!binary\n    path: ../../etc/passwd\n");
        assertThat(r.ok()).isFalse();
        assertThat(r.error().orElseThrow().message()).contains("tag does not fit");
    }
}

package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.testsupport.Packages;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 8: the version is copied into every result, so it is a short scalar, whatever the package says. */
class EvalSubjectVersionTest {

    private static String version(String versionYaml) {
        String skill = "---\nname: v\ndescription: d\nmetadata:\n  version: " + versionYaml + "\n---\nbody\n";
        return EvalSubject.of(Packages.of(skill, "resources: []\n"), Optional.empty())
                .version();
    }

    @Test
    void aLongOrStructuredVersionIsCutOrNamedNotCopied() {
        assertThat(version("\"1.2.0\"")).isEqualTo("1.2.0");
        String long500k = version("\"" + "9".repeat(500_000) + "\"");
        assertThat(long500k).hasSizeLessThan(100).startsWith("9".repeat(64)).endsWith("<500000 chars>");
        assertThat(version("[1, 2, 3]")).isEqualTo("<not a string: ArrayList>");
    }
}

package io.skillstudio.model.validation.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.testing.Fixtures;
import io.skillstudio.model.validation.LintMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionCheckerTest {

    @TempDir
    Path tmp;

    private List<Diagnostic> check(String versionLine) {
        var files = Fixtures.good();
        files.put("SKILL.md", Fixtures.GOOD_SKILL_MD.replace("  version: \"1.0.0\"\n", versionLine));
        return Fixtures.run(
                new VersionChecker(), tmp.resolve(Integer.toString(versionLine.hashCode())), files, LintMode.STRICT);
    }

    @Test
    void aSemanticVersionOrNoVersionIsFine() {
        assertThat(check("  version: \"1.0.0\"\n")).isEmpty();
        assertThat(check("  version: 2.1.0-rc.1\n")).isEmpty();
        assertThat(check("  family: x\n")).isEmpty();
    }

    @Test
    void anythingElseIsSkl012AtTheVersionLine() {
        List<Diagnostic> d = check("  version: v1.2\n");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("SKL012");
            assertThat(x.message()).contains("'v1.2' is not MAJOR.MINOR.PATCH");
            assertThat(x.line()).isEqualTo(5);
            assertThat(x.column()).isEqualTo(3);
        });
        assertThat(check("  version: 1.0\n"))
                .singleElement()
                .satisfies(x -> assertThat(x.message()).contains("YAML Double (1.0)"));
    }
}

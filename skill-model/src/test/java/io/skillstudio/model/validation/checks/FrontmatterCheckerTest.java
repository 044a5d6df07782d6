package io.skillstudio.model.validation.checks;

import static io.skillstudio.model.testing.Fixtures.codes;
import static io.skillstudio.model.testing.Fixtures.good;
import static io.skillstudio.model.testing.Fixtures.goodWith;
import static io.skillstudio.model.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.validation.LintMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontmatterCheckerTest {
    @TempDir
    Path tmp;

    final FrontmatterChecker checker = new FrontmatterChecker();

    @Test
    void validFrontmatterPasses() {
        assertThat(run(checker, tmp, good(), LintMode.STRICT)).isEmpty();
    }

    @Test
    void missingFrontmatterIsReportedAtTheTop() {
        List<Diagnostic> d = run(checker, tmp, goodWith("SKILL.md", "# Just a body\n"), LintMode.STRICT);
        assertThat(codes(d)).containsExactly("SKL001");
        assertThat(d.get(0).line()).isEqualTo(1);
    }

    @Test
    void unclosedFrontmatterCountsAsMissing() {
        assertThat(codes(run(checker, tmp, goodWith("SKILL.md", "---\nname: x\n"), LintMode.STRICT)))
                .containsExactly("SKL001");
    }

    @Test
    void invalidYamlIsReportedAtItsFileLine() {
        String md = "---\nname: good-skill\ndescription: [unclosed\n---\nbody\n";
        List<Diagnostic> d = run(checker, tmp, goodWith("SKILL.md", md), LintMode.STRICT);
        assertThat(codes(d)).containsExactly("SKL002");
        assertThat(d.get(0).line()).isBetween(3, 4);
    }

    @Test
    void duplicateKeysAreInvalid() {
        String md = "---\nname: a\nname: b\ndescription: d\n---\n";
        assertThat(codes(run(checker, tmp, goodWith("SKILL.md", md), LintMode.SKILLRM)))
                .containsExactly("SKL002");
    }

    @Test
    void scalarFrontmatterIsInvalid() {
        assertThat(codes(run(checker, tmp, goodWith("SKILL.md", "---\njust text\n---\n"), LintMode.SKILLRM)))
                .containsExactly("SKL002");
    }

    @Test
    void unknownKeysWarnOnlyInStrictModeAtTheirPosition() {
        String md = "---\nname: good-skill\ndescription: d\nversion: 2\n---\n";
        List<Diagnostic> d = run(checker, tmp, goodWith("SKILL.md", md), LintMode.STRICT);
        assertThat(codes(d)).containsExactly("SKL009");
        assertThat(d.get(0).line()).isEqualTo(4);
        assertThat(d.get(0).column()).isEqualTo(1);
        assertThat(run(checker, tmp.resolve("b"), goodWith("SKILL.md", md), LintMode.SKILLRM))
                .isEmpty();
    }

    @Test
    void nonStringMetadataWarnsInStrictMode() {
        String md = "---\nname: good-skill\ndescription: d\nmetadata:\n  version: 1.0\n---\n";
        assertThat(codes(run(checker, tmp, goodWith("SKILL.md", md), LintMode.STRICT)))
                .containsExactly("SKL010");
    }

    @Test
    void crlfAndBomFrontmatterParses() {
        String md = "\uFEFF---\r\nname: good-skill\r\ndescription: d\r\n---\r\nbody";
        assertThat(run(checker, tmp, goodWith("SKILL.md", md), LintMode.STRICT)).isEmpty();
    }
}

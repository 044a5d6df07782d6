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

class DescriptionCheckerTest {
    @TempDir
    Path tmp;

    final DescriptionChecker checker = new DescriptionChecker();

    static String md(String descriptionLines) {
        return "---\nname: good-skill\n" + descriptionLines + "\nmetadata:\n  family: x\n---\nBody\n";
    }

    @Test
    void singleLineDescriptionPasses() {
        assertThat(run(checker, tmp, good(), LintMode.STRICT)).isEmpty();
    }

    @Test
    void blockScalarIsReadAsItsIndicatorUpstream() {
        List<Diagnostic> d = run(
                checker, tmp, goodWith("SKILL.md", md("description: >-\n  Scores pairs\n  fairly.")), LintMode.SKILLRM);
        assertThat(codes(d)).containsExactly("SKL007");
        assertThat(d.get(0).message()).contains("'>-'");
        assertThat(d.get(0).line()).isEqualTo(3);
    }

    @Test
    void literalBlockIsReadAsPipe() {
        List<Diagnostic> d =
                run(checker, tmp, goodWith("SKILL.md", md("description: |\n  Scores pairs.")), LintMode.SKILLRM);
        assertThat(d).extracting(Diagnostic::message).anyMatch(m -> m.contains("'|'"));
    }

    @Test
    void trailingCommentIsReadAsPartOfTheDescriptionUpstream() {
        assertThat(codes(run(
                        checker, tmp, goodWith("SKILL.md", md("description: Scores pairs # TODO")), LintMode.SKILLRM)))
                .containsExactly("SKL007");
    }

    @Test
    void missingOrEmptyDescriptionIsAnError() {
        assertThat(codes(run(checker, tmp, goodWith("SKILL.md", md("description: \"\"")), LintMode.STRICT)))
                .containsExactly("SKL005");
        assertThat(codes(run(
                        checker,
                        tmp.resolve("b"),
                        goodWith("SKILL.md", "---\nname: good-skill\n---\n"),
                        LintMode.STRICT)))
                .containsExactly("SKL005");
    }

    @Test
    void tooLongIsAnErrorInStrictAndAWarningInSkillrm() {
        String d = "description: " + "x".repeat(1025);
        List<Diagnostic> strict = run(checker, tmp, goodWith("SKILL.md", md(d)), LintMode.STRICT);
        assertThat(strict).extracting(Diagnostic::code).containsExactly("SKL006");
        assertThat(strict.get(0).isError()).isTrue();
        List<Diagnostic> compat = run(checker, tmp.resolve("b"), goodWith("SKILL.md", md(d)), LintMode.SKILLRM);
        assertThat(compat.get(0).isError()).isFalse();
    }

    @Test
    void angleBracketsAreRejectedInStrictMode() {
        assertThat(codes(run(
                        checker, tmp, goodWith("SKILL.md", md("description: Use for <xml> tasks")), LintMode.STRICT)))
                .containsExactly("SKL006");
    }
}

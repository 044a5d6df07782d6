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

class NameCheckerTest {
    @TempDir
    Path tmp;

    final NameChecker checker = new NameChecker();

    static String md(String nameLine) {
        return "---\n" + nameLine + "\ndescription: d\n---\n";
    }

    @Test
    void matchingLowercaseNamePassesBothModes() {
        assertThat(run(checker, tmp, good(), LintMode.STRICT)).isEmpty();
        assertThat(run(checker, tmp.resolve("b"), good(), LintMode.SKILLRM)).isEmpty();
    }

    @Test
    void underscoreNameFailsStrictButPassesSkillrm() {
        var files = goodWith("SKILL.md", md("name: good_skill"));
        List<Diagnostic> strict = run(checker, tmp, files, LintMode.STRICT);
        assertThat(codes(strict)).containsOnly("SKL004");
        assertThat(strict).anyMatch(d -> d.message().contains("lowercase letters"));
        assertThat(strict).anyMatch(d -> d.message().contains("folder name 'good-skill'"));
        assertThat(strict.get(0).line()).isEqualTo(2);
        assertThat(strict.get(0).column()).isEqualTo(7);
        assertThat(run(checker, tmp.resolve("b"), files, LintMode.SKILLRM)).isEmpty();
    }

    @Test
    void hyphenRulesAndLengthAreEnforcedInStrictMode() {
        assertThat(run(checker, tmp, goodWith("SKILL.md", md("name: -good--skill-")), LintMode.STRICT))
                .extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("start or end"))
                .anyMatch(m -> m.contains("'--'"));
        String longName = "a".repeat(65);
        assertThat(run(checker, tmp.resolve("b"), goodWith("SKILL.md", md("name: " + longName)), LintMode.SKILLRM))
                .extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("65 characters"));
    }

    @Test
    void missingNameIsAnError() {
        assertThat(codes(run(checker, tmp, goodWith("SKILL.md", "---\ndescription: d\n---\n"), LintMode.SKILLRM)))
                .containsExactly("SKL003");
    }

    @Test
    void quotedNameIsMisreadByUpstreamRegex() {
        List<Diagnostic> d = run(checker, tmp, goodWith("SKILL.md", md("name: \"good-skill\"")), LintMode.SKILLRM);
        assertThat(codes(d)).containsExactly("SKL008");
        assertThat(d.get(0).message()).contains("reward-judge");
    }

    @Test
    void invalidFrontmatterIsLeftToTheFrontmatterChecker() {
        assertThat(run(checker, tmp, goodWith("SKILL.md", "---\nname: [\n---\n"), LintMode.STRICT))
                .isEmpty();
    }
}

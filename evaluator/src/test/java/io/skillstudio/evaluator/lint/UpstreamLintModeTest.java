package io.skillstudio.evaluator.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.testsupport.SharedData;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The four packages upstream publishes follow its conventions, so they open in skillrm mode, and in
 * that mode they have no errors, except the one upstream's R1 loader really refuses: instruction_following
 * (an R3 package) has no resources.yaml (SKL020, which the evaluation service also refuses).
 */
class UpstreamLintModeTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            reward_judge_fair,
            reward_judge_operational,
            instruction_following_pointwise,
            instruction_following, SKL020
            """)
    void upstreamPackagesOpenInSkillrmModeWithoutErrors(String name, String onlyError) {
        SkillPackage pkg = load(SharedData.require("skillrm-packages/" + name));

        assertThat(LintMode.conventionOf(pkg)).isEqualTo(LintMode.SKILLRM);
        List<String> errors = Validator.standard().validate(pkg, LintMode.SKILLRM).stream()
                .filter(Diagnostic::isError)
                .map(d -> d.code())
                .toList();
        assertThat(errors).isEqualTo(onlyError == null ? List.of() : List.of(onlyError));
    }

    @Test
    void aPackageWithAgentSkillsFieldsOrAHyphenatedNameIsStrict(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("SKILL.md"), "---\nname: my_skill\ndescription: d\nlicense: MIT\n---\n# x\n");
        assertThat(LintMode.conventionOf(load(dir))).as("Agent Skills field").isEqualTo(LintMode.STRICT);

        Files.writeString(dir.resolve("SKILL.md"), "---\nname: my-skill\ndescription: d\n---\n# x\n");
        assertThat(LintMode.conventionOf(load(dir))).as("hyphenated name").isEqualTo(LintMode.STRICT);

        Files.writeString(dir.resolve("SKILL.md"), "---\nname: my_skill\ndescription: d\n---\n# x\n");
        assertThat(LintMode.conventionOf(load(dir))).as("upstream style").isEqualTo(LintMode.SKILLRM);
    }

    private static SkillPackage load(Path dir) {
        return new PackageLoader().load(dir).skillPackage().orElseThrow();
    }
}

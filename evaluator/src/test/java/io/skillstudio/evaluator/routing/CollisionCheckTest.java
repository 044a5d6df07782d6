package io.skillstudio.evaluator.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.testsupport.SharedData;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.Severity;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollisionCheckTest {

    @TempDir
    Path tmp;

    private static SkillPackage load(Path p) {
        return new PackageLoader().load(p).skillPackage().orElseThrow();
    }

    @Test
    void thePointwiseInstructionSkillIsWarnedAboutItsSibling() {
        Path pointwise = SharedData.require("skillrm-packages/instruction_following_pointwise");
        List<Diagnostic> d = CollisionCheck.check(load(pointwise));

        assertThat(d).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("SKL080");
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.file()).isEqualTo("SKILL.md");
            assertThat(w.line()).as("at the description").isEqualTo(3);
            assertThat(w.message()).contains("instruction_following's", "instruction", "following");
        });
    }

    @Test
    void theStandardValidatorReportsItSoProblemsAndValidateShowIt() {
        Path pointwise = SharedData.require("skillrm-packages/instruction_following_pointwise");
        List<Diagnostic> all = Validator.standard().validate(load(pointwise), LintMode.SKILLRM);
        assertThat(all).extracting(Diagnostic::code).contains("SKL080");
    }

    @Test
    void aRewardJudgeHasNoWarning() {
        assertThat(CollisionCheck.check(load(SharedData.require("skillrm-packages/reward_judge_fair"))))
                .isEmpty();
    }

    @Test
    void aPackageAloneInItsFolderHasNoWarning() throws IOException {
        Path pkg = tmp.resolve("solo");
        Files.createDirectories(pkg);
        Files.writeString(pkg.resolve("SKILL.md"), "---\nname: solo\ndescription: Grade math answers.\n---\nbody\n");
        assertThat(CollisionCheck.check(load(pkg))).isEmpty();
    }

    @Test
    void aSkillWhoseFrontmatterDoesNotParseIsAProblemNotASilentlyEmptyDescription() throws IOException {
        Path pkg = tmp.resolve("broken");
        Files.createDirectories(pkg);
        // a plain scalar with ": " inside is not YAML
        Files.writeString(pkg.resolve("SKILL.md"), "---\nname: broken\ndescription: Grade: math\n---\nbody\n");
        SkillCatalog.Loaded loaded = SkillCatalog.load(List.of(tmp));
        assertThat(loaded.skills()).extracting(SkillProfile::name).contains("broken");
        assertThat(loaded.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("no description"));
    }
}

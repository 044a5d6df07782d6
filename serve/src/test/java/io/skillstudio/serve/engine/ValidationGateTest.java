package io.skillstudio.serve.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.serve.testsupport.SampleSkill;
import io.skillstudio.serve.wire.JsonBody;
import io.skillstudio.serve.wire.SampleFormer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server scores only packages that pass the evaluator's validation gate, unless told otherwise. */
class ValidationGateTest {

    /** A copy of the sample package whose name (SKILL.md line 2) has spaces, which Skill-RM's rules refuse. */
    static Path invalidPackage(Path dir) throws Exception {
        Path pkg = SampleSkill.copyTo(dir);
        Path skillMd = pkg.resolve("SKILL.md");
        Files.writeString(
                skillMd,
                Files.readString(skillMd).replace("name: if-checklist-pointwise", "name: if checklist pointwise"));
        return pkg;
    }

    @Test
    void aPackageWithValidationErrorsIsRefusedWithPositionedErrors(@TempDir Path dir) throws Exception {
        Path pkg = invalidPackage(dir);
        assertThatThrownBy(() -> SkillRewardEngine.load(pkg, Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidPackageException.class, e -> {
                    assertThat(e.summary())
                            .isEqualTo(pkg + " has 1 validation error(s); serve it anyway with" + " --allow-invalid");
                    assertThat(e.getMessage())
                            .startsWith(e.summary() + ": SKILL.md:2:")
                            .contains("SKL004");
                    assertThat(e.diagnostics()).anySatisfy(d -> {
                        assertThat(d.code()).isEqualTo("SKL004");
                        assertThat(d.line()).isEqualTo(2);
                    });
                });
    }

    @Test
    void allowInvalidServesItAndEveryResultSaysSo(@TempDir Path dir) throws Exception {
        SkillRewardEngine engine =
                SkillRewardEngine.load(invalidPackage(dir), Optional.empty(), Optional.empty(), true);
        Sample sample =
                SampleFormer.of(0, "Say hi.", "Hi there.", null).sample().orElseThrow();
        assertThat(engine.evaluate(sample).result().provenance().settings()).containsEntry("allowInvalid", true);
        assertThat(engine.invalid("x", "bad").result().provenance().settings()).containsEntry("allowInvalid", true);
        // the skill object every response carries (/get_reward, /health) says so too
        assertThat(JsonBody.MAPPER.writeValueAsString(engine.skill())).endsWith(",\"allowInvalid\":true}");
        assertThat(JsonBody.MAPPER.writeValueAsString(
                        SkillRewardEngine.load(SampleSkill.PACKAGE, Optional.empty(), Optional.empty())
                                .skill()))
                .doesNotContain("allowInvalid");
    }

    @Test
    void aPackageWithoutResourcesYamlIsServedWholeAsUpstreamsR2AndR3LoadIt(@TempDir Path dir) throws Exception {
        // The gate eval uses: no resources.yaml is R1's refusal only, a warning for a package judged whole.
        Path pkg = SampleSkill.copyTo(dir);
        Files.delete(pkg.resolve("resources.yaml"));
        SkillRewardEngine engine = SkillRewardEngine.load(pkg, Optional.empty(), Optional.empty());
        assertThat(JsonBody.MAPPER.writeValueAsString(engine.skill())).doesNotContain("allowInvalid");
    }
}

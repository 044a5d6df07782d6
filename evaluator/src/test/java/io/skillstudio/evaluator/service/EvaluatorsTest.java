package io.skillstudio.evaluator.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvaluatorOptions;
import io.skillstudio.evaluator.testsupport.Packages;
import io.skillstudio.evaluator.testsupport.SharedData;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Preparing an evaluator: invalid packages are refused unless allowed, the real upstream ones are not. */
class EvaluatorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"instruction_following_pointwise", "reward_judge_fair", "reward_judge_operational"})
    void theUpstreamPackagesPassValidationAndGetAnEvaluator(String name) throws Exception {
        Path dir = SharedData.require("skillrm-packages/" + name);
        SkillPackage pkg = new PackageLoader().load(dir).skillPackage().orElseThrow();

        Evaluators.Prepared p;
        try {
            p = Evaluators.prepare(
                    pkg, EvalSettings.of(EvalMode.POINTWISE), Optional.empty(), EvaluatorOptions.DEFAULT);
        } catch (Evaluators.InvalidPackageException e) {
            throw new AssertionError(
                    name + ": "
                            + e.diagnostics().stream()
                                    .filter(Diagnostic::isError)
                                    .toList(),
                    e);
        }

        assertThat(p.diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(p.evaluator().provenance().settings()).doesNotContainKey("allowInvalid");
    }

    @Test
    void theR2R3PackageWithoutResourcesYamlIsJudgedWholeWithAWarningNotRefused() throws Exception {
        // instruction_following has no resources.yaml: R1's loader refuses it (SKL020), but R2 and R3
        // load it, and whole-skill judging runs it as they do. The gate says so as a warning.
        Path dir = SharedData.require("skillrm-packages/instruction_following");
        SkillPackage pkg = new PackageLoader().load(dir).skillPackage().orElseThrow();

        Evaluators.Prepared p = Evaluators.prepare(
                pkg, EvalSettings.of(EvalMode.POINTWISE), Optional.empty(), EvaluatorOptions.DEFAULT);

        assertThat(p.hasErrors()).isFalse();
        assertThat(p.diagnostics())
                .filteredOn(d -> d.code().equals("SKL020"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.isError()).isFalse();
                    assertThat(d.message()).contains("loads in R2/R3 only, not in R1");
                });
        assertThat(p.evaluator().provenance().settings()).doesNotContainKey("allowInvalid");
    }

    @Test
    void aPackageWithoutSkillMdOrResourcesYamlIsStillRefused() throws Exception {
        // Neither R1 nor R2/R3 loads a package without SKILL.md: both errors stay errors.
        SkillPackage pkg = Packages.of(Packages.SKILL_MD, "resources: []\n", "references/a.md", "# a\n")
                .withoutFile("SKILL.md")
                .withoutFile("resources.yaml");

        assertThatThrownBy(() -> Evaluators.prepare(
                        pkg, EvalSettings.of(EvalMode.POINTWISE), Optional.empty(), EvaluatorOptions.DEFAULT))
                .isInstanceOfSatisfying(
                        Evaluators.InvalidPackageException.class,
                        e -> assertThat(e.diagnostics())
                                .filteredOn(Diagnostic::isError)
                                .extracting(Diagnostic::code)
                                .contains("SKL020"));
    }

    @Test
    void outsideWholeSkillJudgingTheMissingResourcesYamlStaysAnError() throws Exception {
        Path dir = SharedData.require("skillrm-packages/instruction_following");
        SkillPackage pkg = new PackageLoader().load(dir).skillPackage().orElseThrow();
        var all = Validator.standard().validate(pkg, LintMode.SKILLRM);

        assertThat(UpstreamProfiles.forWholeSkill(pkg, all, false)).isEqualTo(all);
        assertThat(UpstreamProfiles.forWholeSkill(pkg, all, true)).noneMatch(Diagnostic::isError);
    }

    @Test
    void aPackageWithValidationErrorsIsRefusedWithItsErrorsUnlessAllowed() throws Exception {
        SkillPackage pkg =
                Packages.withChecklist("rubrics/c.checklist.yaml", "items:\n  - id: a\n    verifier: no.such\n");

        assertThatThrownBy(() -> Evaluators.prepare(
                        pkg, EvalSettings.of(EvalMode.POINTWISE), Optional.empty(), EvaluatorOptions.DEFAULT))
                .isInstanceOfSatisfying(
                        Evaluators.InvalidPackageException.class,
                        e -> assertThat(e.diagnostics()).anyMatch(Diagnostic::isError));

        Evaluators.Prepared anyway = Evaluators.prepare(
                pkg,
                EvalSettings.of(EvalMode.POINTWISE),
                Optional.empty(),
                EvaluatorOptions.DEFAULT.withAllowInvalid(true));
        assertThat(anyway.hasErrors()).isTrue();
        assertThat(anyway.evaluator().provenance().settings()).containsEntry("allowInvalid", true);
    }

    /** Issue 8: the attacks that eval used to score with the samples' own items only, exit 0. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "items: !!set {a, b}\n",
                "items:\n  - id: a\n    verifier: !!binary aGVsbG8=\n",
                "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                        + "items: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
            })
    void aHostileChecklistIsRefusedUnlessAllowedAndTheChoiceIsRecorded(String checklist) throws Exception {
        SkillPackage pkg = Packages.withChecklist("rubrics/c.checklist.yaml", checklist);

        assertThatThrownBy(() -> Evaluators.prepare(
                        pkg, EvalSettings.of(EvalMode.POINTWISE), Optional.empty(), EvaluatorOptions.DEFAULT))
                .isInstanceOf(Evaluators.InvalidPackageException.class);
        Evaluators.Prepared anyway = Evaluators.prepare(
                pkg,
                EvalSettings.of(EvalMode.POINTWISE),
                Optional.empty(),
                EvaluatorOptions.DEFAULT.withAllowInvalid(true));
        assertThat(anyway.evaluator().provenance().settings()).containsEntry("allowInvalid", true);
    }

    @Test
    void aPackageWhoseResourcesYamlIsTooLargeToReadIsRefused(@TempDir Path tmp) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("big"));
        Files.writeString(root.resolve("SKILL.md"), Packages.SKILL_MD);
        Files.writeString(root.resolve("resources.yaml"), "resources: []\n# " + "x".repeat(11_000_000));
        SkillPackage pkg = new PackageLoader().load(root).skillPackage().orElseThrow();

        assertThatThrownBy(() -> Evaluators.prepare(
                        pkg, EvalSettings.of(EvalMode.POINTWISE), Optional.empty(), EvaluatorOptions.DEFAULT))
                .isInstanceOf(Evaluators.InvalidPackageException.class);
    }

    /** Issue 8: a zip whose common prefix hides SKILL.md (upstream would find none) is refused, not scored. */
    @Test
    void aZipWhosePrefixHidesSkillMdIsRefusedUnlessAllowed(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("hidden.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String[] e : new String[][] {
                {"pkg/SKILL.md", Packages.SKILL_MD},
                {"pkg/resources.yaml", "resources: []\n"},
                {"other/notes.md", "x\n"}
            }) {
                z.putNextEntry(new ZipEntry(e[0]));
                z.write(e[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        SkillPackage pkg = new PackageLoader().load(zip).skillPackage().orElseThrow();

        assertThatThrownBy(() -> Evaluators.prepare(
                        pkg, EvalSettings.of(EvalMode.POINTWISE), Optional.empty(), EvaluatorOptions.DEFAULT))
                .isInstanceOfSatisfying(
                        Evaluators.InvalidPackageException.class,
                        e -> assertThat(e.diagnostics())
                                .anyMatch(d -> d.isError() && d.code().equals("SKL011")));
    }
}

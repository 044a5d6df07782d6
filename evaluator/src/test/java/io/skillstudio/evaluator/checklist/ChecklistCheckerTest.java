package io.skillstudio.evaluator.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.testsupport.FakeVerifiers;
import io.skillstudio.evaluator.testsupport.Packages;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistCheckerTest {

    static final String PATH = "rubrics/t.checklist.yaml";

    private static List<Diagnostic> check(String checklist) {
        return new ChecklistChecker(FakeVerifiers::registry)
                .check(new CheckContext(Packages.withChecklist(PATH, checklist), LintMode.SKILLRM));
    }

    @Test
    void acceptsAValidChecklist() {
        assertThat(check(ChecklistParserTest.VALID)).isEmpty();
    }

    @Test
    void reportsYamlSyntaxAsSkl060WithPosition() {
        List<Diagnostic> d = check("items:\n  - id: a\n   verifier: x\n");

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("SKL060");
            assertThat(x.file()).isEqualTo(PATH);
            assertThat(x.line()).isGreaterThan(0);
            assertThat(x.column()).isGreaterThan(0);
        });
    }

    @Test
    void reportsUnknownVerifierAtItsValueWithCloseIds() {
        List<Diagnostic> d = check("items:\n  - id: a\n    verifier: fake.min_word\n    params: {min: 2}\n");

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("SKL061");
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.column()).isEqualTo(15);
            assertThat(x.length()).isEqualTo("fake.min_word".length());
            assertThat(x.message()).contains("unknown verifier 'fake.min_word'").contains("fake.min_words");
        });
    }

    @Test
    void reportsBadParamsAtTheParamKey() {
        String text =
                "items:\n  - id: a\n    verifier: fake.min_words\n    params:\n      min: many\n      colour: red\n";
        List<Diagnostic> d = check(text);

        assertThat(d).extracting(Diagnostic::code).containsOnly("SKL062");
        assertThat(d).anySatisfy(x -> {
            assertThat(x.line()).isEqualTo(5);
            assertThat(x.column()).isEqualTo(7);
            assertThat(x.message()).contains("must be an integer");
        });
        assertThat(d).anySatisfy(x -> {
            assertThat(x.line()).isEqualTo(6);
            assertThat(x.message()).contains("unknown parameter 'colour'");
        });
    }

    @Test
    void reportsMissingRequiredParamAtTheItem() {
        List<Diagnostic> d = check("items:\n  - id: a\n    verifier: fake.min_words\n");

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("SKL062");
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.message()).contains("missing required parameter 'min'");
        });
    }

    @Test
    void reportsInvalidAggregationAsSkl063() {
        List<Diagnostic> d = check(
                "items:\n  - id: a\n    verifier: fake.value\n    params: {v: 1}\naggregation:\n  method: median\n");

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("SKL063");
            assertThat(x.line()).isEqualTo(6);
        });
    }

    @Test
    void ignoresMarkdownChecklistsAndMissingFiles() {
        var pkg = Packages.of(Packages.SKILL_MD, """
                resources:
                  - id: prose
                    type: checklist
                    path: references/checklist.md
                  - id: gone
                    type: checklist
                    path: rubrics/gone.checklist.yaml
                """, "references/checklist.md", "- [ ] anything: [ not yaml");

        assertThat(new ChecklistChecker(FakeVerifiers::registry).check(new CheckContext(pkg, LintMode.SKILLRM)))
                .isEmpty();
    }

    @Test
    void isFoundByTheStandardValidator() {
        List<Diagnostic> d = Validator.standard()
                .validate(
                        Packages.withChecklist(PATH, "items:\n  - id: a\n    verifier: no.such.verifier\n"),
                        LintMode.SKILLRM);

        assertThat(d).extracting(Diagnostic::code).contains("SKL061");
    }
}

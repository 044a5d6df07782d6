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

class ResourceFieldCheckerTest {
    @TempDir
    Path tmp;

    final ResourceFieldChecker checker = new ResourceFieldChecker();

    @Test
    void knownValuesPass() {
        assertThat(run(checker, tmp, good(), LintMode.STRICT)).isEmpty();
    }

    @Test
    void unknownEnumValueWarnsListingTheKnownOnes() {
        String yaml = "resources:\n  - id: a\n    type: rubrik\n    allowed_setting: [skill_fair, skill_other]\n";
        List<Diagnostic> d = run(checker, tmp, goodWith("resources.yaml", yaml), LintMode.STRICT);
        assertThat(codes(d)).containsExactly("SKL026", "SKL026");
        assertThat(d.get(0).message()).contains("rubrik", "rubric", "verifier");
        assertThat(d.get(0).fix()).contains("did you mean 'rubric'?");
        assertThat(d.get(0).line()).isEqualTo(3);
        assertThat(d.get(0).column()).isEqualTo(11);
    }

    @Test
    void wrongShapesAreTypeErrors() {
        String yaml = "resources:\n  - id: a\n    applies_to: pairwise\n    cost: [low]\n";
        assertThat(codes(run(checker, tmp, goodWith("resources.yaml", yaml), LintMode.STRICT)))
                .containsExactly("SKL029", "SKL029");
    }

    @Test
    void unknownFieldsAreInfoAndKept() {
        String yaml = "resources:\n  - id: a\n    owner: me\n";
        List<Diagnostic> d = run(checker, tmp, goodWith("resources.yaml", yaml), LintMode.STRICT);
        assertThat(codes(d)).containsExactly("SKL030");
        assertThat(d.get(0).isError()).isFalse();
    }
}

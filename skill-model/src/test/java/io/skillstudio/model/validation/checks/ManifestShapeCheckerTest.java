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

class ManifestShapeCheckerTest {
    @TempDir
    Path tmp;

    final ManifestShapeChecker checker = new ManifestShapeChecker();

    @Test
    void mappingShapePasses() {
        assertThat(run(checker, tmp, good(), LintMode.STRICT)).isEmpty();
    }

    @Test
    void emptyFileIsAValidEmptyManifest() {
        assertThat(run(checker, tmp, goodWith("resources.yaml", "  \n"), LintMode.STRICT))
                .isEmpty();
    }

    @Test
    void syntaxErrorIsReportedAtTheRightLineAndColumn() {
        String yaml = "resources:\n  - id: a\n    type: [rubric\n  - id: b\n";
        List<Diagnostic> d = run(checker, tmp, goodWith("resources.yaml", yaml), LintMode.STRICT);
        assertThat(codes(d)).containsExactly("SKL021");
        assertThat(d.get(0).line()).isEqualTo(4);
        assertThat(d.get(0).column()).isGreaterThan(0);
    }

    @Test
    void badIndentationIsASyntaxError() {
        List<Diagnostic> d =
                run(checker, tmp, goodWith("resources.yaml", "resources:\n  - id: a\n   type: b\n"), LintMode.STRICT);
        assertThat(codes(d)).containsExactly("SKL021");
        assertThat(d.get(0).line()).isEqualTo(3);
    }

    @Test
    void scalarTopLevelIsAShapeError() {
        assertThat(codes(run(checker, tmp, goodWith("resources.yaml", "just a string\n"), LintMode.STRICT)))
                .containsExactly("SKL022");
    }

    @Test
    void nonMappingItemsAreReportedWhereTheyAre() {
        List<Diagnostic> d = run(
                checker,
                tmp,
                goodWith("resources.yaml", "resources:\n  - id: a\n  - just-a-string\n"),
                LintMode.STRICT);
        assertThat(codes(d)).containsExactly("SKL023");
        assertThat(d.get(0).line()).isEqualTo(3);
    }

    @Test
    void listShapeWarnsAboutThePointwiseRuntime() {
        assertThat(codes(run(checker, tmp, goodWith("resources.yaml", "- id: a\n  type: rubric\n"), LintMode.SKILLRM)))
                .containsExactly("SKL033");
    }
}

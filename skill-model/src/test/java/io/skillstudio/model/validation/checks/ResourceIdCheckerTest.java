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

class ResourceIdCheckerTest {
    @TempDir
    Path tmp;

    final ResourceIdChecker checker = new ResourceIdChecker();

    @Test
    void uniqueIdsPass() {
        assertThat(run(checker, tmp, good(), LintMode.STRICT)).isEmpty();
    }

    @Test
    void duplicateIdIsReportedAtTheSecondDeclaration() {
        String yaml = "resources:\n  - id: a\n    type: rubric\nruntime_resources:\n  - id: a\n    type: verifier\n";
        List<Diagnostic> d = run(checker, tmp, goodWith("resources.yaml", yaml), LintMode.STRICT);
        assertThat(codes(d)).containsExactly("SKL024");
        assertThat(d.get(0).line()).isEqualTo(5);
        assertThat(d.get(0).column()).isEqualTo(5);
        assertThat(d.get(0).message()).contains("line 2");
    }

    @Test
    void missingIdAndTypeAreReported() {
        String yaml = "resources:\n  - type: rubric\n  - id: b\n";
        assertThat(codes(run(checker, tmp, goodWith("resources.yaml", yaml), LintMode.STRICT)))
                .containsExactlyInAnyOrder("SKL025", "SKL035");
    }
}

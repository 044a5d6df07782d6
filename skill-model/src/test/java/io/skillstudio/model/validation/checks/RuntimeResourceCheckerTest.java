package io.skillstudio.model.validation.checks;

import static io.skillstudio.model.testing.Fixtures.codes;
import static io.skillstudio.model.testing.Fixtures.goodWith;
import static io.skillstudio.model.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.validation.LintMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeResourceCheckerTest {
    @TempDir
    Path tmp;

    final RuntimeResourceChecker checker = new RuntimeResourceChecker();

    @Test
    void knownRuntimeIdsAndReferencesPass() {
        String yaml =
                "runtime_resources:\n  - id: verifier.reference_match\n    implementation_kind: runtime_verifier\n"
                        + "  - id: rubric.x\n    implementation_kind: reference\n";
        assertThat(run(checker, tmp, goodWith("resources.yaml", yaml), LintMode.SKILLRM))
                .isEmpty();
    }

    @Test
    void customRuntimeVerifierIsInertUpstream() {
        String yaml = "runtime_resources:\n  - id: verifier.word_limit\n    implementation_kind: runtime_verifier\n";
        List<Diagnostic> d = run(checker, tmp, goodWith("resources.yaml", yaml), LintMode.SKILLRM);
        assertThat(codes(d)).containsExactly("SKL032");
        assertThat(d.get(0).line()).isEqualTo(3);
        assertThat(d.get(0).message()).contains("inconclusive");
    }
}

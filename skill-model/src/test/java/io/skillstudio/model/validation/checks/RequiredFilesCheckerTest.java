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

class RequiredFilesCheckerTest {
    @TempDir
    Path tmp;

    final RequiredFilesChecker checker = new RequiredFilesChecker();

    @Test
    void completePackagePasses() {
        assertThat(run(checker, tmp, good(), LintMode.STRICT)).isEmpty();
    }

    @Test
    void missingResourcesYamlIsAnErrorBecauseUpstreamRefusesToLoad() {
        List<Diagnostic> d = run(checker, tmp, goodWith("resources.yaml", null), LintMode.SKILLRM);
        assertThat(codes(d)).containsExactly("SKL020");
        assertThat(d.get(0).message()).contains("FileNotFoundError");
    }

    @Test
    void missingSkillMdIsAnError() {
        assertThat(codes(run(checker, tmp, goodWith("SKILL.md", null), LintMode.STRICT)))
                .containsExactly("SKL011");
    }
}

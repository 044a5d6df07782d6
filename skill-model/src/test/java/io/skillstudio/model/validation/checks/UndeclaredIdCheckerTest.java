package io.skillstudio.model.validation.checks;

import static io.skillstudio.model.testing.Fixtures.codes;
import static io.skillstudio.model.testing.Fixtures.goodWith;
import static io.skillstudio.model.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.testing.Fixtures;
import io.skillstudio.model.validation.LintMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndeclaredIdCheckerTest {
    @TempDir
    Path tmp;

    final UndeclaredIdChecker checker = new UndeclaredIdChecker();

    @Test
    void declaredIdsFilePathsAndSampleIdsPass() {
        String md = Fixtures.GOOD_SKILL_MD + "\nSee `rubrics/main.md`, `sample.task_metadata` and `config.yaml`.\n";
        assertThat(run(checker, tmp, goodWith("SKILL.md", md), LintMode.STRICT)).isEmpty();
    }

    @Test
    void undeclaredIdIsReportedWhereItIsWritten() {
        String md = "---\nname: good-skill\ndescription: d\n---\nFirst `rubric.main`, then `verifier.word_limit`.\n";
        List<Diagnostic> d = run(checker, tmp, goodWith("SKILL.md", md), LintMode.STRICT);
        assertThat(codes(d)).containsExactly("SKL031");
        assertThat(d.get(0).line()).isEqualTo(5);
        assertThat(d.get(0).column()).isEqualTo(28);
    }

    @Test
    void proseWithDotsIsNotMistakenForIds() {
        String md = "---\nname: good-skill\ndescription: d\n---\nUse `e.g.` or `json.loads` as needed.\n";
        assertThat(run(checker, tmp, goodWith("SKILL.md", md), LintMode.STRICT)).isEmpty();
    }
}

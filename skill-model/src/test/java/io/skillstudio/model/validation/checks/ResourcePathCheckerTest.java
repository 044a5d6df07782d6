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

class ResourcePathCheckerTest {
    @TempDir
    Path tmp;

    final ResourcePathChecker checker = new ResourcePathChecker();

    static String withPath(String path) {
        return "resources:\n  - id: a\n    type: rubric\n    path: " + path + "\n";
    }

    @Test
    void existingLoadedFilePasses() {
        assertThat(run(checker, tmp, good(), LintMode.STRICT)).isEmpty();
        assertThat(run(
                        checker,
                        tmp.resolve("b"),
                        goodWith("resources.yaml", withPath("./rubrics/main.md")),
                        LintMode.STRICT))
                .isEmpty();
    }

    @Test
    void missingFileIsAnErrorAtThePathValue() {
        List<Diagnostic> d =
                run(checker, tmp, goodWith("resources.yaml", withPath("rubrics/missing.md")), LintMode.STRICT);
        assertThat(codes(d)).containsExactly("SKL027");
        assertThat(d.get(0).line()).isEqualTo(4);
        assertThat(d.get(0).column()).isEqualTo(11);
        assertThat(d.get(0).length()).isEqualTo("rubrics/missing.md".length());
    }

    @Test
    void absoluteAndEscapingPathsAreErrors() {
        for (String p : List.of(
                "/etc/passwd", "../outside.md", "rubrics/../../x.md", "C:/x.md", "rubrics\\\\main.md", "rubrics/")) {
            assertThat(codes(run(
                            checker,
                            tmp.resolve(Integer.toString(p.hashCode())),
                            goodWith("resources.yaml", withPath("'" + p + "'")),
                            LintMode.STRICT)))
                    .as(p)
                    .containsExactly("SKL028");
        }
    }

    @Test
    void pathToAFileUpstreamIgnoresIsAnError() {
        var files = goodWith("assets/notes.txt", "x");
        files.put("resources.yaml", withPath("assets/notes.txt"));
        assertThat(codes(run(checker, tmp, files, LintMode.STRICT))).containsExactly("SKL034");
    }
}

package io.skillstudio.model.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DiagnosticCodeTest {

    @Test
    void codesAreUniqueAndWellFormed() {
        assertThat(Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::code))
                .doesNotHaveDuplicates()
                .allMatch(c -> c.matches("SKL\\d{3}"));
    }

    @Test
    void everyCodeIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "diagnostics.md"));
        assertThat(DiagnosticCode.values()).allMatch(c -> doc.contains("| " + c.code() + " |"));
    }

    @Test
    void diagnosticsRejectNegativePositions() {
        assertThatThrownBy(() -> new Diagnostic("SKL001", Severity.ERROR, "f", -1, 0, 0, "m", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Diagnostic.at(DiagnosticCode.NAME_MISSING, "SKILL.md", 2, 1, "m")
                        .withLine(5)
                        .line())
                .isEqualTo(5);
    }
}

package io.skillstudio.model.diagnostics;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding with a stable code and a position. Lines and columns are 1-based; 0 means "the whole
 * file" (no position). {@code length} is the number of characters to underline, 0 for a point.
 */
public record Diagnostic(
        String code, Severity severity, String file, int line, int column, int length, String message, String fixHint) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        // Names and messages quote package content; escape sequences in them must not reach a terminal.
        file = file == null ? "" : TerminalText.safe(file);
        message = TerminalText.safe(Objects.requireNonNull(message, "message"), false);
        fixHint = TerminalText.safe(fixHint, false);
        if (line < 0 || column < 0 || length < 0) {
            throw new IllegalArgumentException("negative position");
        }
    }

    public static Diagnostic at(DiagnosticCode code, String file, int line, int column, String message) {
        return new Diagnostic(code.code(), code.severity(), file, line, column, 0, message, null);
    }

    public static Diagnostic ofFile(DiagnosticCode code, String file, String message) {
        return at(code, file, 0, 0, message);
    }

    public Optional<String> fix() {
        return Optional.ofNullable(fixHint);
    }

    public Diagnostic withFix(String hint) {
        return new Diagnostic(code, severity, file, line, column, length, message, hint);
    }

    public Diagnostic withLength(int newLength) {
        return new Diagnostic(code, severity, file, line, column, newLength, message, fixHint);
    }

    /** Shifts the line, for text embedded in another file (frontmatter inside SKILL.md). */
    public Diagnostic withLine(int newLine) {
        return new Diagnostic(code, severity, file, newLine, column, length, message, fixHint);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(code, newSeverity, file, line, column, length, message, fixHint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

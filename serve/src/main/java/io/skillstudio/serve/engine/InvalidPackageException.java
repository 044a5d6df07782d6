package io.skillstudio.serve.engine;

import io.skillstudio.model.diagnostics.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The package loads but fails validation, and the server was not started with {@code --allow-invalid}. The
 * message lists every error with its position (it is also the body of a refused {@code /admin/reload}).
 */
public final class InvalidPackageException extends EngineLoadException {

    private final transient List<Diagnostic> diagnostics;
    private final String summary;

    static InvalidPackageException of(String source, List<Diagnostic> diagnostics) {
        return new InvalidPackageException(summary(source, diagnostics), diagnostics);
    }

    private InvalidPackageException(String summary, List<Diagnostic> diagnostics) {
        super(summary + ": "
                + diagnostics.stream()
                        .filter(Diagnostic::isError)
                        .map(InvalidPackageException::positioned)
                        .collect(Collectors.joining("; ")));
        this.summary = summary;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Everything validation found, warnings included, in the validator's order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The message without the list of errors, for a caller that prints the diagnostics one per line. */
    public String summary() {
        return summary;
    }

    private static String summary(String source, List<Diagnostic> diagnostics) {
        return source + " has "
                + diagnostics.stream().filter(Diagnostic::isError).count()
                + " validation error(s); serve it anyway with --allow-invalid";
    }

    private static String positioned(Diagnostic d) {
        return d.file() + (d.line() > 0 ? ":" + d.line() + ":" + d.column() : "") + ": " + d.code() + " " + d.message();
    }
}

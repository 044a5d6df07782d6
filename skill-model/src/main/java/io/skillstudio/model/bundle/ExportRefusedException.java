package io.skillstudio.model.bundle;

import io.skillstudio.model.diagnostics.Diagnostic;
import java.util.List;

/** The export did not write anything; {@link #errors()} or {@link #ignoredFiles()} say why. */
public final class ExportRefusedException extends Exception {

    private final List<Diagnostic> errors;
    private final List<String> ignoredFiles;

    public ExportRefusedException(String message, List<Diagnostic> errors, List<String> ignoredFiles) {
        super(message);
        this.errors = List.copyOf(errors);
        this.ignoredFiles = List.copyOf(ignoredFiles);
    }

    /** Validation errors that block the export (empty when refused for another reason). */
    public List<Diagnostic> errors() {
        return errors;
    }

    /** Files upstream ignores that need an include/exclude decision (empty unless that is the reason). */
    public List<String> ignoredFiles() {
        return ignoredFiles;
    }
}

package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.diagnostics.Severity;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bytes the judge would read: upstream decodes every loaded file as strict UTF-8 and crashes on the
 * first bad byte, so those are errors in loaded files; in ignored files only links that escape the
 * package and oversized files matter.
 */
public final class FileContentChecker implements PackageChecker {

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        for (PackageFile f : context.pkg().files()) {
            boolean loaded = UpstreamFileRules.isLoaded(f.path());
            switch (f.status()) {
                case SYMLINK_OUTSIDE ->
                    out.add(Diagnostic.ofFile(
                            DiagnosticCode.FILE_SYMLINK_OUTSIDE,
                            f.path(),
                            "symbolic link to a target outside the package (or dangling); not read"));
                case TOO_LARGE ->
                    out.add(Diagnostic.ofFile(
                                    DiagnosticCode.FILE_TOO_LARGE,
                                    f.path(),
                                    "file is " + f.size() + " bytes, over the 10 MB limit; not read")
                            .withSeverity(loaded ? Severity.ERROR : Severity.WARNING));
                case BINARY -> {
                    if (loaded) {
                        out.add(Diagnostic.ofFile(
                                DiagnosticCode.FILE_BINARY,
                                f.path(),
                                "binary content (NUL bytes) in a file the judge reads as text"));
                    }
                }
                case NOT_UTF8 -> {
                    if (loaded) {
                        out.add(notUtf8(f));
                    }
                }
                case TEXT -> checkText(f, loaded, out);
                default -> {}
            }
        }
        return out;
    }

    private static void checkText(PackageFile f, boolean loaded, List<Diagnostic> out) {
        String text = f.text().orElse("");
        if (loaded && text.isBlank()) {
            out.add(Diagnostic.ofFile(
                    DiagnosticCode.FILE_EMPTY, f.path(), "file is empty; the judge would view nothing"));
        }
        if (loaded && text.startsWith("\uFEFF")) {
            out.add(Diagnostic.at(
                            DiagnosticCode.FILE_BOM,
                            f.path(),
                            1,
                            1,
                            "file starts with a UTF-8 byte order mark; upstream keeps it as U+FEFF in the text")
                    .withFix("save without BOM"));
        }
    }

    private static Diagnostic notUtf8(PackageFile f) {
        int offset = Math.max(0, f.firstInvalidUtf8Offset());
        byte[] bytes = f.bytes().orElse(new byte[0]);
        String before = new String(Arrays.copyOf(bytes, Math.min(offset, bytes.length)), StandardCharsets.UTF_8);
        TextPosition pos = TextPosition.of(before, before.length());
        return Diagnostic.at(
                        DiagnosticCode.FILE_NOT_UTF8,
                        f.path(),
                        pos.line(),
                        pos.column(),
                        "invalid UTF-8 at byte " + offset + "; upstream's loader raises UnicodeDecodeError")
                .withFix("re-save the file as UTF-8");
    }
}

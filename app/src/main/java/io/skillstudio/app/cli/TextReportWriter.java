package io.skillstudio.app.cli;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.Severity;
import java.io.PrintWriter;
import java.util.List;

/** Compiler-style lines ({@code file:line:col: severity CODE message}) that editors and CI can link. */
final class TextReportWriter {

    private TextReportWriter() {}

    static void write(List<ValidationReport> reports, PrintWriter out) {
        for (ValidationReport r : reports) {
            for (Diagnostic d : r.diagnostics()) {
                out.println(location(r, d) + ": " + d.severity().label() + " " + d.code() + " " + d.message());
                d.fix().ifPresent(fix -> out.println("    hint: " + fix));
            }
            out.printf(
                    "%s: %d error(s), %d warning(s), %d info%n",
                    r.path(), r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO));
            r.upstreamHash().ifPresent(h -> out.println("  upstream sha256: " + h));
            r.contentHash().ifPresent(h -> out.println("  content sha256:  " + h));
        }
    }

    static String location(ValidationReport r, Diagnostic d) {
        String file = d.file().isEmpty()
                ? r.path().toString()
                : r.path().resolve(d.file()).toString();
        if (d.file()
                .equals(
                        r.path().getFileName() == null
                                ? ""
                                : r.path().getFileName().toString())) {
            file = r.path().toString();
        }
        return d.line() == 0 ? file : file + ":" + d.line() + ":" + d.column();
    }
}

package io.skillstudio.app.cli;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skillstudio validate}: diagnostics like a compiler, then the package hashes. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validate skill packages (folders or zips).",
            "Exit 0 without errors, 1 with errors, 2 for usage errors or unreadable input."
        })
public final class ValidateCommand implements Callable<Integer> {

    /** Output formats; JSON follows docs/cli.md. */
    public enum Format {
        text,
        json
    }

    /** Lint modes as typed on the command line. */
    public enum Mode {
        strict,
        skillrm
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Package folders or .zip files.")
    List<Path> paths;

    @Option(
            names = "--mode",
            defaultValue = "strict",
            description = "strict (Agent Skills) or skillrm (upstream compatible). Default: ${DEFAULT-VALUE}.")
    Mode mode;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PackageLoader loader = new PackageLoader();
        Validator validator = Validator.standard();
        LintMode lintMode = LintMode.parse(mode.name());
        List<ValidationReport> reports = new ArrayList<>();
        boolean unreadable = false;
        for (Path path : paths) {
            LoadResult loaded = loader.load(path);
            if (loaded.skillPackage().isEmpty()) {
                unreadable = true;
                reports.add(ValidationReport.unreadable(path, lintMode, loaded.diagnostics()));
                continue;
            }
            List<Diagnostic> diagnostics =
                    validator.validate(loaded.skillPackage().get(), lintMode);
            reports.add(
                    ValidationReport.of(path, lintMode, loaded.skillPackage().get(), diagnostics));
        }
        if (format == Format.json) {
            JsonReportWriter.write(reports, out);
        } else {
            TextReportWriter.write(reports, out);
        }
        out.flush();
        if (unreadable) {
            return 2;
        }
        return reports.stream().anyMatch(ValidationReport::hasErrors) ? 1 : 0;
    }
}

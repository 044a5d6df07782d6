package io.skillstudio.model.load;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads a package from a folder or a zip. Never throws for bad input: every problem becomes a
 * diagnostic, and whatever could be read is returned.
 */
public final class PackageLoader {

    private final LoadLimits limits;

    public PackageLoader() {
        this(LoadLimits.DEFAULT);
    }

    public PackageLoader(LoadLimits limits) {
        this.limits = limits;
    }

    public LoadResult load(Path path) {
        String shown = path.toString();
        try {
            if (Files.isDirectory(path)) {
                return new DirectoryReader(limits).read(path);
            }
            if (Files.isRegularFile(path)
                    && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                return new ZipReader(limits).read(path);
            }
            String why = Files.exists(path) ? "not a folder or a .zip file" : "no such file or folder";
            return failed(shown, why);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return failed(shown, "cannot read: " + e.getMessage());
        }
    }

    static LoadResult failed(String shown, String why) {
        List<Diagnostic> d = new ArrayList<>();
        // A package-level finding names no file inside the package; the report puts the path in front.
        d.add(Diagnostic.ofFile(DiagnosticCode.PACKAGE_UNREADABLE, "", why));
        return new LoadResult(Optional.empty(), d);
    }
}

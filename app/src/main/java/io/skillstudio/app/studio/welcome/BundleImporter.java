package io.skillstudio.app.studio.welcome;

import io.skillstudio.app.studio.project.AtomicFiles;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Unpacks a bundle zip into a folder the studio can edit. Reading goes through skill-model's loader,
 * so unsafe entries and zip bombs are refused exactly as validation reports them.
 */
public final class BundleImporter {

    private BundleImporter() {}

    /** Writes the bundle's files under {@code parent/<package name>} and returns that folder. */
    public static Path importZip(Path zip, Path parent) throws IOException {
        LoadResult r = new PackageLoader().load(zip);
        if (r.skillPackage().isEmpty()) {
            throw new IOException(r.diagnostics().stream().map(Diagnostic::message).collect(Collectors.joining("\n")));
        }
        SkillPackage pkg = r.skillPackage().get();
        String name = pkg.rootName() == null || pkg.rootName().isBlank()
                ? zip.getFileName().toString().replaceFirst("(?i)\\.zip$", "") : pkg.rootName();
        Path root = parent.resolve(name).normalize();
        if (Files.exists(root)) {
            throw new IOException(root + " already exists");
        }
        for (PackageFile f : pkg.files()) {
            Path target = root.resolve(f.path()).normalize();
            if (!target.startsWith(root)) {
                continue;
            }
            if (f.bytes().isPresent()) {
                AtomicFiles.write(target, f.bytes().get());
            }
        }
        return root;
    }
}

package io.skillstudio.app.studio.welcome;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.save.AtomicFiles;
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
            throw new IOException(
                    r.diagnostics().stream().map(Diagnostic::message).collect(Collectors.joining("\n")));
        }
        return extract(r.skillPackage().get(), zip, parent);
    }

    /** Writes an already loaded bundle under {@code parent/<package name>} and returns that folder. */
    public static Path extract(SkillPackage pkg, Path zip, Path parent) throws IOException {
        String stem = zip.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
        String name = safeFolderName(pkg.rootName()) ? pkg.rootName() : stem;
        Path root = parent.resolve(name).normalize();
        // A hostile root name ("..", "a/b") must not place the package outside the chosen folder.
        if (!parent.toAbsolutePath().normalize().equals(root.toAbsolutePath().getParent())) {
            root = parent.resolve(safeFolderName(stem) ? stem : "bundle").normalize();
        }
        if (Files.exists(root)) {
            throw new IOException(root + " already exists");
        }
        // Even a bundle whose every entry was refused gets its folder, so validation can say what is missing.
        Files.createDirectories(root);
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

    private static boolean safeFolderName(String name) {
        return name != null
                && !name.isBlank()
                && !name.equals(".")
                && !name.equals("..")
                && !name.contains("/")
                && !name.contains("\\")
                && !name.contains(":");
    }
}

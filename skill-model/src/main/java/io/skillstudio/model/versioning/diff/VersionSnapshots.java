package io.skillstudio.model.versioning.diff;

import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.versioning.history.HistoryException;
import io.skillstudio.model.versioning.history.PackageHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Loads versions of a package: a revision is checked out with JGit into a temporary folder named like
 * the package and read by the ordinary {@link PackageLoader} (every protection of the loader applies);
 * the working copy is the folder itself. The temporary folders are deleted on {@link #close()}.
 */
public final class VersionSnapshots implements AutoCloseable {

    /** The label a diff uses for the folder as it is on disk. */
    public static final String WORKING_COPY = "working copy";

    private final Path packageDir;
    private final PackageHistory history;
    private final Path temp;
    private int count;

    public VersionSnapshots(Path packageDir, PackageHistory history) throws HistoryException {
        this.packageDir = packageDir;
        this.history = history;
        try {
            this.temp = Files.createTempDirectory("skillstudio-versions-");
        } catch (IOException e) {
            throw new HistoryException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    /** The package at {@code rev}, or the working copy when {@code rev} is null or {@link #WORKING_COPY}. */
    public SkillPackage load(String rev) throws HistoryException {
        if (rev == null || rev.equals(WORKING_COPY)) {
            return loaded(new PackageLoader().load(packageDir), WORKING_COPY);
        }
        String name = packageDir.toAbsolutePath().normalize().getFileName().toString();
        Path folder = temp.resolve(Integer.toString(count++)).resolve(name);
        history.checkout(rev, folder);
        return loaded(new PackageLoader().load(folder), rev);
    }

    private static SkillPackage loaded(LoadResult r, String label) throws HistoryException {
        return r.skillPackage()
                .orElseThrow(() -> new HistoryException("cannot load " + label + ": "
                        + r.diagnostics().stream()
                                .map(d -> d.message())
                                .reduce((x, y) -> x + "; " + y)
                                .orElse("unreadable")));
    }

    /** Diffs two versions; {@code to} null means the working copy. */
    public PackageDiff diff(PackageDiffer differ, String from, String to) throws HistoryException {
        String toLabel = to == null ? WORKING_COPY : to;
        return differ.diff(load(from), load(toLabel), from, toLabel);
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(temp)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp folder is harmless; the OS cleans its temp space.
        }
    }
}

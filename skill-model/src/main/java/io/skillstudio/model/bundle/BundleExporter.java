package io.skillstudio.model.bundle;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.Severity;
import io.skillstudio.model.hash.PackageHashes;
import io.skillstudio.model.hash.Sha256;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.PathOrder;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.SourceKind;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.save.AtomicFiles;
import io.skillstudio.model.versioning.Lockfile;
import io.skillstudio.model.versioning.LockfileCodec;
import io.skillstudio.model.versioning.Lockfiles;
import io.skillstudio.model.versioning.VersionInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a validated package as a reproducible zip bundle that upstream's loader reads with the same
 * file map as the folder. Reproducible: entries sorted in upstream path order, one wrapper folder named
 * after the skill, no directory entries, no tool files or OS metadata, every timestamp 1980-02-01 00:00
 * (DOS time, no extended-time field, so no time zone enters), no permission bits (MS-DOS "made by"), the
 * same deflate level. It carries a fresh {@code skill.lock.json} over exactly the bundled files.
 */
public final class BundleExporter {

    static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    private BundleExporter() {}

    /** Files upstream would ignore (tool files and the lockfile aside): the export asks about these. */
    public static List<String> ignoredFiles(SkillPackage pkg) {
        return Lockfiles.lockedView(pkg).files().stream()
                .map(PackageFile::path)
                .filter(p -> !UpstreamFileRules.isLoaded(p))
                .toList();
    }

    /** The wrapper folder: the frontmatter name when it is a safe folder name, else the package folder's. */
    public static String wrapperName(SkillPackage pkg) {
        String name = VersionInfo.name(pkg);
        return SAFE_NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..") ? name : "skill";
    }

    /**
     * Exports {@code pkg} to {@code out}.
     *
     * @param diagnostics the package's validation result; any error refuses the export
     * @param verifiers the verifier stamp recorded in the bundle's lockfile, when an evaluator is present
     * @throws ExportRefusedException nothing was written: validation errors, an undecided ignored-files
     *     question, an unreadable file, or a bundle that would not load as the folder does
     */
    public static BundleResult export(
            SkillPackage pkg,
            List<Diagnostic> diagnostics,
            IgnoredFiles ignored,
            Optional<Lockfile.VerifierStamp> verifiers,
            Path out)
            throws ExportRefusedException, IOException {
        List<Diagnostic> errors =
                diagnostics.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new ExportRefusedException(
                    "validation has " + errors.size() + " error(s); fix them before exporting", errors, List.of());
        }
        List<String> ignoredPaths = ignoredFiles(pkg);
        if (!ignoredPaths.isEmpty() && ignored == IgnoredFiles.UNDECIDED) {
            throw new ExportRefusedException(
                    ignoredPaths.size() + " file(s) upstream ignores; choose to include or " + "exclude them",
                    List.of(),
                    ignoredPaths);
        }
        String wrapper = wrapperName(pkg);
        List<PackageFile> files = new ArrayList<>();
        List<String> normalized = new ArrayList<>();
        for (PackageFile f : Lockfiles.lockedView(pkg).files()) {
            boolean loaded = UpstreamFileRules.isLoaded(f.path());
            if (!loaded && ignored == IgnoredFiles.EXCLUDE) {
                continue;
            }
            byte[] bytes = f.bytes()
                    .orElseThrow(() -> new ExportRefusedException(
                            f.path() + " was not read (" + f.status() + "); a bundle never drops a file silently",
                            List.of(),
                            List.of()));
            if (loaded && f.text().isPresent() && f.text().get().indexOf('\r') >= 0) {
                bytes = PackageHashes.universalNewlines(f.text().get()).getBytes(StandardCharsets.UTF_8);
                normalized.add(f.path());
            }
            files.add(PackageFile.of(f.path(), bytes));
        }
        SkillPackage bundled = new SkillPackage(pkg.source(), SourceKind.ZIP, wrapper, files, List.of());
        Lockfile lock = Lockfiles.build(bundled, verifiers);
        TreeMap<String, byte[]> entries = new TreeMap<>(PathOrder.UPSTREAM);
        files.forEach(f -> entries.put(f.path(), f.bytes().orElseThrow()));
        entries.put(Lockfile.FILE, LockfileCodec.write(lock));
        byte[] zip = zip(wrapper, entries);
        verifyLoadsLikeFolder(pkg, zip, wrapper);
        AtomicFiles.write(out, zip);
        List<Diagnostic> warnings = diagnostics.stream()
                .filter(d -> !d.isError() && d.severity() == Severity.WARNING)
                .toList();
        return new BundleResult(
                out,
                wrapper,
                entries.keySet().stream().map(p -> wrapper + "/" + p).toList(),
                ignoredPaths,
                ignored == IgnoredFiles.INCLUDE,
                normalized,
                warnings,
                lock,
                Sha256.hex(zip));
    }

    static byte[] zip(String wrapper, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(wrapper + "/" + e.getKey());
                entry.setTimeLocal(FIXED_TIME);
                entry.setMethod(ZipEntry.DEFLATED);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Re-reads the bundle with the loader (upstream's common-prefix rule and file filter) and requires
     * the same upstream file map as the source: the same kept paths with the same text.
     */
    private static void verifyLoadsLikeFolder(SkillPackage source, byte[] zip, String wrapper)
            throws IOException, ExportRefusedException {
        Path dir = Files.createTempDirectory("skillstudio-bundle-");
        Path file = dir.resolve(wrapper + ".zip");
        try {
            Files.write(file, zip);
            LoadResult r = new PackageLoader().load(file);
            // A bundle the studio writes must load with no finding at all (prefix pitfalls, limits, names).
            List<Diagnostic> pitfalls = r.diagnostics();
            if (r.skillPackage().isEmpty() || !pitfalls.isEmpty()) {
                throw new ExportRefusedException("the bundle would not load: " + pitfalls, pitfalls, List.of());
            }
            Map<String, String> expected = UpstreamFileMap.of(source);
            Map<String, String> actual = UpstreamFileMap.of(r.skillPackage().get());
            if (!expected.equals(actual)) {
                throw new ExportRefusedException(
                        "the bundle's upstream file map differs from the folder's: "
                                + UpstreamFileMap.differences(expected, actual),
                        List.of(),
                        List.of());
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}

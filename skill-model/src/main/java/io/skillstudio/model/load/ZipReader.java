package io.skillstudio.model.load;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a zip package defensively: bounded entry count, bounded bytes (counted while inflating, not
 * trusted from headers), no entry may escape the package, and upstream's prefix pitfalls are reported.
 */
final class ZipReader {

    private final LoadLimits limits;

    ZipReader(LoadLimits limits) {
        this.limits = limits;
    }

    LoadResult read(Path zipPath) {
        String shown = zipPath.getFileName().toString();
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            if (entries.size() > limits.maxZipEntries()) {
                diagnostics.add(Diagnostic.ofFile(
                        DiagnosticCode.ZIP_BOMB,
                        shown,
                        "zip has " + entries.size() + " entries, more than the limit of " + limits.maxZipEntries()));
                return new LoadResult(Optional.empty(), diagnostics);
            }
            List<String> names = entries.stream().map(ZipEntry::getName).toList();
            String prefix = ZipPrefixRule.studio(names);
            reportPrefixPitfalls(shown, names, prefix, diagnostics);
            if (!shown.endsWith(".zip")) {
                diagnostics.add(Diagnostic.ofFile(
                        DiagnosticCode.ZIP_SUFFIX_UPSTREAM,
                        shown,
                        "upstream rejects '" + shown + "': only names ending in lower-case .zip load"));
            }
            Map<String, PackageFile> files = new LinkedHashMap<>();
            long[] total = {0};
            for (ZipEntry entry : entries) {
                String name = entry.getName();
                if (name.endsWith("/") || ZipPrefixRule.isOsMetadata(name)) {
                    continue;
                }
                if (isUnsafe(name)) {
                    diagnostics.add(Diagnostic.ofFile(
                            DiagnosticCode.ZIP_UNSAFE_ENTRY,
                            shown,
                            "entry '" + name + "' has an absolute or '..' path; skipped"));
                    continue;
                }
                String rel = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
                if (files.containsKey(rel)) {
                    // Tools disagree on which copy wins (java.util.zip reads one copy by name, unzip the
                    // last): the package's content is ambiguous, which is an error, not a silent choice.
                    diagnostics.add(Diagnostic.ofFile(
                            DiagnosticCode.ZIP_DUPLICATE_ENTRY,
                            shown,
                            "entry '" + name + "' appears more than once; which copy a tool reads is undefined"));
                    continue;
                }
                Optional<PackageFile> file = readEntry(zip, entry, rel, total, shown, diagnostics);
                if (file.isEmpty()) {
                    return new LoadResult(Optional.empty(), diagnostics);
                }
                files.put(rel, file.get());
            }
            String root = prefix.isEmpty() ? stem(shown) : prefix.substring(0, prefix.length() - 1);
            SkillPackage pkg = new SkillPackage(zipPath, SourceKind.ZIP, root, files.values(), diagnostics);
            return new LoadResult(Optional.of(pkg), diagnostics);
        } catch (ZipException e) {
            return PackageLoader.failed(shown, "not a readable zip: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return PackageLoader.failed(shown, "cannot read zip: " + e.getMessage());
        }
    }

    /** Empty means a limit was hit; the diagnostic is already added. */
    private Optional<PackageFile> readEntry(
            ZipFile zip, ZipEntry entry, String rel, long[] total, String shown, List<Diagnostic> diagnostics)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                total[0] += n;
                if (total[0] > limits.maxZipTotalBytes()) {
                    diagnostics.add(Diagnostic.ofFile(
                            DiagnosticCode.ZIP_BOMB,
                            shown,
                            "zip inflates beyond " + limits.maxZipTotalBytes() + " bytes; stopped at entry '"
                                    + entry.getName() + "'"));
                    return Optional.empty();
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                if (size > 1024 * 1024 && size > compressed * limits.maxZipRatio()) {
                    diagnostics.add(Diagnostic.ofFile(
                            DiagnosticCode.ZIP_BOMB,
                            shown,
                            "entry '" + entry.getName() + "' inflates more than " + (long) limits.maxZipRatio()
                                    + " times its compressed size"));
                    return Optional.empty();
                }
                if (size <= limits.maxFileBytes()) {
                    out.write(buffer, 0, n);
                }
            }
        }
        if (size > limits.maxFileBytes()) {
            return Optional.of(PackageFile.unread(rel, size, FileStatus.TOO_LARGE));
        }
        return Optional.of(PackageFile.of(rel, out.toByteArray()));
    }

    private static void reportPrefixPitfalls(String shown, List<String> names, String prefix, List<Diagnostic> out) {
        String upstream = ZipPrefixRule.upstream(names);
        boolean osMetadata = names.stream().anyMatch(ZipPrefixRule::isOsMetadata);
        if (osMetadata) {
            out.add(Diagnostic.ofFile(
                    DiagnosticCode.ZIP_OS_METADATA,
                    shown,
                    "zip holds OS metadata (__MACOSX/, .DS_Store); the studio skips it, upstream reads the names"));
        }
        if (upstream.equals(prefix)) {
            return;
        }
        String what;
        if (upstream.isEmpty()) {
            what = "upstream sees several top-level folders" + (osMetadata ? " (because of __MACOSX/)" : "")
                    + ", strips no prefix and will not find " + prefix + "SKILL.md";
        } else {
            List<String> lost = names.stream()
                    .filter(n -> !n.endsWith("/") && !n.startsWith(upstream))
                    .toList();
            what = "upstream takes '" + upstream + "' as a wrapper folder and strips it"
                    + (lost.isEmpty() ? "" : "; files outside it keep their names") + ", so files under '"
                    + upstream + "' end up at the root where it does not load them";
        }
        out.add(Diagnostic.ofFile(DiagnosticCode.ZIP_PREFIX_PITFALL, shown, what)
                .withFix("export with the studio: one wrapper folder, no OS metadata"));
    }

    static boolean isUnsafe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}

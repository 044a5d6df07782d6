package io.skillstudio.model.load;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads every regular file under a folder. Like Python's {@code rglob} it does not descend into linked
 * folders; a linked file is read only when its target stays inside the package. Files are opened
 * without following links ({@link NoFollowRead}), and the folder has the zip limits: at most
 * {@code maxZipEntries} files and {@code maxZipTotalBytes} bytes read in all.
 */
final class DirectoryReader {

    private final LoadLimits limits;

    DirectoryReader(LoadLimits limits) {
        this.limits = limits;
    }

    LoadResult read(Path root) throws IOException {
        Path realRoot = root.toRealPath();
        List<PackageFile> files = new ArrayList<>();
        long[] total = {0};
        List<Diagnostic> limit = new ArrayList<>();
        NoFollowWalk.walk(root, new NoFollowWalk.Visitor() {
            @Override
            public boolean visit(String rel, BasicFileAttributes attrs, NoFollowWalk.Reader reader) throws IOException {
                if (files.size() >= limits.maxZipEntries()) {
                    limit.add(Diagnostic.ofFile(
                            DiagnosticCode.FOLDER_LIMITS,
                            rel,
                            "the folder has more than " + limits.maxZipEntries() + " files; stopped reading at '" + rel
                                    + "'"));
                    return false;
                }
                if (total[0] > limits.maxZipTotalBytes()) {
                    limit.add(Diagnostic.ofFile(
                            DiagnosticCode.FOLDER_LIMITS,
                            rel,
                            "the folder holds more than " + limits.maxZipTotalBytes() + " bytes; stopped reading at '"
                                    + rel + "'"));
                    return false;
                }
                Optional<PackageFile> read = attrs.isSymbolicLink()
                        ? readLink(root, realRoot, rel)
                        : attrs.isRegularFile()
                                ? Optional.of(readBounded(reader, rel, attrs.size()))
                                : Optional.empty();
                read.ifPresent(f -> {
                    files.add(f);
                    boolean unread = f.status() == FileStatus.TOO_LARGE || f.status() == FileStatus.SYMLINK_OUTSIDE;
                    total[0] += unread ? 0 : f.size();
                });
                return true;
            }

            @Override
            public void failed(String rel, IOException exc) {
                files.add(PackageFile.unread(rel, 0, FileStatus.SYMLINK_OUTSIDE));
            }
        });
        String name = root.toAbsolutePath().normalize().getFileName() == null
                ? ""
                : root.toAbsolutePath().normalize().getFileName().toString();
        if (!limit.isEmpty()) {
            return new LoadResult(Optional.empty(), limit);
        }
        List<Diagnostic> none = List.of();
        return new LoadResult(Optional.of(new SkillPackage(root, SourceKind.DIRECTORY, name, files, none)), none);
    }

    private Optional<PackageFile> readLink(Path root, Path realRoot, String rel) throws IOException {
        Path target;
        try {
            target = root.resolve(rel).toRealPath();
        } catch (IOException dangling) {
            return Optional.of(PackageFile.unread(rel, 0, FileStatus.SYMLINK_OUTSIDE));
        }
        if (!target.startsWith(realRoot) || target.equals(realRoot)) {
            return Optional.of(PackageFile.unread(rel, 0, FileStatus.SYMLINK_OUTSIDE));
        }
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            // Read through the real names from the root, so a folder swapped on the way is not followed.
            String real = relative(realRoot, target);
            return Optional.of(
                    readBounded((max, sink) -> NoFollowWalk.stream(root, real, max, sink), rel, Files.size(target)));
        }
        return Optional.empty();
    }

    private PackageFile readBounded(NoFollowWalk.Reader reader, String rel, long size) throws IOException {
        if (size > limits.maxFileBytes()) {
            return PackageFile.unread(rel, size, FileStatus.TOO_LARGE);
        }
        Optional<byte[]> bytes = NoFollowRead.bounded(reader, limits.maxFileBytes());
        if (bytes.isEmpty()) {
            // Swapped for a link (or something else) after the listing: treated like a link out.
            return PackageFile.unread(rel, 0, FileStatus.SYMLINK_OUTSIDE);
        }
        if (bytes.get().length > limits.maxFileBytes()) {
            return PackageFile.unread(rel, bytes.get().length, FileStatus.TOO_LARGE); // grew since the listing
        }
        return PackageFile.of(rel, bytes.get());
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }
}

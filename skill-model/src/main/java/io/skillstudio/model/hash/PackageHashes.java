package io.skillstudio.model.hash;

import io.skillstudio.model.load.NoFollowWalk;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.PathOrder;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.SourceKind;
import io.skillstudio.model.load.UpstreamFileRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The package identities of skillrm-format.md §1.4 plus our own canonical content hash.
 * {@code docs/hashes.md} defines the content hash; {@link #CONTENT_VERSION} names its format.
 */
public final class PackageHashes {

    /** Format tag fed first into the content hash; bump it when the definition changes. */
    public static final String CONTENT_VERSION = "skillstudio-content-v1";

    private PackageHashes() {}

    /** The hash upstream reports for this package: algorithm A for a folder, B for a zip. */
    public static String upstream(SkillPackage pkg) {
        return pkg.kind() == SourceKind.ZIP ? upstreamFile(pkg.source()) : upstreamDirectory(pkg.source());
    }

    /**
     * Algorithm A ({@code skill_package_sha256}): every regular file under the folder, dotfiles and
     * README included, in Python path order; path bytes, a NUL, then the raw bytes. Links follow the
     * loader's rules ({@link UpstreamWalk}), not upstream's.
     */
    public static String upstreamDirectory(Path dir) {
        try {
            MessageDigest sha = sha256();
            for (Map.Entry<String, String> e : UpstreamWalk.regularFiles(dir).entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                // Opened from the root without following a link at any name and checked to be a regular
                // file; a file or folder swapped for a link meanwhile hashes as empty, not as its target.
                NoFollowWalk.stream(dir, e.getValue(), Long.MAX_VALUE, sha::update);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Algorithm A over in-memory files (an unsaved package); unread files hash as empty. */
    public static String upstreamDirectory(SkillPackage pkg) {
        MessageDigest sha = sha256();
        for (PackageFile f : pkg.files()) {
            sha.update(f.path().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            f.bytes().ifPresent(sha::update);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Algorithm B: a zip (or any file) is identified by its raw bytes. */
    public static String upstreamFile(Path file) {
        try {
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Algorithm C ({@code skill_files_sha256}): the kept text files only, keys in plain string order,
     * path, NUL, text. Folder packages are read with universal newlines upstream, zips are not.
     */
    public static String upstreamFilesMap(SkillPackage pkg) {
        TreeMap<String, String> texts = new TreeMap<>(PathOrder.CODE_POINT);
        for (PackageFile f : pkg.files()) {
            if (UpstreamFileRules.isLoaded(f.path()) && f.text().isPresent()) {
                String t = f.text().get();
                texts.put(f.path(), pkg.kind() == SourceKind.DIRECTORY ? universalNewlines(t) : t);
            }
        }
        MessageDigest sha = sha256();
        texts.forEach((path, text) -> {
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Our canonical content hash: stable across folder and zip, line endings, BOMs, timestamps and
     * files upstream ignores. See docs/hashes.md.
     */
    public static String content(SkillPackage pkg) {
        TreeMap<String, byte[]> canonical = new TreeMap<>(PathOrder.CODE_POINT);
        for (PackageFile f : pkg.files()) {
            if (UpstreamFileRules.isLoaded(f.path())) {
                canonical.put(f.path(), canonicalBytes(f));
            }
        }
        MessageDigest sha = sha256();
        sha.update((CONTENT_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
        canonical.forEach((path, bytes) -> {
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(bytes);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    static byte[] canonicalBytes(PackageFile f) {
        if (f.text().isEmpty()) {
            return f.bytes().orElse(new byte[0]);
        }
        String t = f.text().get();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        return universalNewlines(t).getBytes(StandardCharsets.UTF_8);
    }

    /** CRLF and CR as LF: what Python's universal newlines make of a folder file. */
    public static String universalNewlines(String t) {
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }

    static MessageDigest sha256() {
        return Sha256.digest();
    }

    /** Hash names and values in a stable order, for reports. */
    public static List<String> names() {
        return List.of("upstream", "content");
    }
}

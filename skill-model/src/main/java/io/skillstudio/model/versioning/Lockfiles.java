package io.skillstudio.model.versioning;

import io.skillstudio.model.hash.PackageHashes;
import io.skillstudio.model.hash.Sha256;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.ToolFiles;
import io.skillstudio.model.load.UpstreamFileRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a lockfile for a package and compares a lockfile with the package as it is now. The locked
 * files are the package's files except tool files ({@link ToolFiles}) and the lockfile itself.
 */
public final class Lockfiles {

    private Lockfiles() {}

    /** The files a lockfile (and a bundle) covers: no tool files, not the lockfile. */
    public static SkillPackage lockedView(SkillPackage pkg) {
        List<PackageFile> kept = pkg.files().stream()
                .filter(f -> !f.path().equals(Lockfile.FILE) && !ToolFiles.isToolFile(f.path()))
                .toList();
        return kept.size() == pkg.files().size()
                ? pkg
                : new SkillPackage(pkg.source(), pkg.kind(), pkg.rootName(), kept, pkg.loadDiagnostics());
    }

    public static Lockfile build(SkillPackage pkg, Optional<Lockfile.VerifierStamp> verifiers) {
        SkillPackage view = lockedView(pkg);
        List<Lockfile.LockedFile> files = new ArrayList<>();
        for (PackageFile f : view.files()) {
            files.add(new Lockfile.LockedFile(f.path(), sha256(f), f.size(), UpstreamFileRules.isLoaded(f.path())));
        }
        Lockfile.Hashes hashes = new Lockfile.Hashes(
                PackageHashes.upstreamDirectory(view), PackageHashes.content(view), PackageHashes.CONTENT_VERSION);
        return new Lockfile(
                Lockfile.FORMAT,
                VersionInfo.name(pkg),
                VersionInfo.rawVersion(pkg).orElse(null),
                hashes,
                files,
                verifiers.orElse(null));
    }

    /** What changed since the lockfile was written: files added, removed or changed, and name/version. */
    public static LockDrift compare(Lockfile lock, SkillPackage pkg) {
        Map<String, String> locked = new LinkedHashMap<>();
        lock.files().forEach(f -> locked.put(f.path(), f.sha256()));
        Map<String, String> now = new LinkedHashMap<>();
        lockedView(pkg).files().forEach(f -> now.put(f.path(), sha256(f)));
        List<String> added =
                now.keySet().stream().filter(p -> !locked.containsKey(p)).toList();
        List<String> removed =
                locked.keySet().stream().filter(p -> !now.containsKey(p)).toList();
        List<String> changed = now.entrySet().stream()
                .filter(e -> locked.containsKey(e.getKey())
                        && !locked.get(e.getKey()).equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        List<String> identity = new ArrayList<>();
        if (!lock.name().equals(VersionInfo.name(pkg))) {
            identity.add("name '" + lock.name() + "' → '" + VersionInfo.name(pkg) + "'");
        }
        String v = VersionInfo.rawVersion(pkg).orElse(null);
        if (!Objects.equals(lock.version(), v)) {
            identity.add("version " + lock.version() + " → " + v);
        }
        return new LockDrift(added, removed, changed, identity);
    }

    /** sha256 of a file's raw bytes; an unread file (too large, escaping link) hashes as empty. */
    static String sha256(PackageFile f) {
        return Sha256.hex(f.bytes().orElse(new byte[0]));
    }

    /** The differences between a lockfile and the package; {@link #isStale()} when any. */
    public record LockDrift(List<String> added, List<String> removed, List<String> changed, List<String> identity) {
        public LockDrift {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
            identity = List.copyOf(identity);
        }

        public boolean isStale() {
            return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty() || !identity.isEmpty();
        }

        /** One line for a diagnostic: "changed: SKILL.md; added: x; ...". */
        public String summary() {
            List<String> parts = new ArrayList<>();
            if (!changed.isEmpty()) {
                parts.add("changed: " + String.join(", ", changed));
            }
            if (!added.isEmpty()) {
                parts.add("added: " + String.join(", ", added));
            }
            if (!removed.isEmpty()) {
                parts.add("removed: " + String.join(", ", removed));
            }
            parts.addAll(identity);
            return String.join("; ", parts);
        }
    }
}

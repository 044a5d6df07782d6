package io.skillstudio.model.versioning;

import io.skillstudio.model.load.SkillPackage;
import java.util.Optional;

/** Reads a package's name and version as release tags and lockfiles use them. */
public final class VersionInfo {

    /** The metadata key holding the semantic version. */
    public static final String KEY = "version";

    private VersionInfo() {}

    /** {@code metadata.version} as written, when present. */
    public static Optional<String> rawVersion(SkillPackage pkg) {
        return pkg.skillDocument().map(d -> d.metadata().get(KEY)).map(String::valueOf);
    }

    /** The frontmatter name, else the folder name. */
    public static String name(SkillPackage pkg) {
        return pkg.skillDocument().flatMap(d -> d.name()).orElse(pkg.rootName());
    }

    /** The release tag for a version: {@code NAME-vX.Y.Z}. */
    public static String tagName(String name, SkillVersion version) {
        return name + "-v" + version;
    }
}

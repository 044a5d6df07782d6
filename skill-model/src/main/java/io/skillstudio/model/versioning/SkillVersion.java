package io.skillstudio.model.versioning;

import java.util.Optional;
import org.semver4j.Semver;

/**
 * A strict semantic version (semver.org 2.0.0) as written in {@code metadata.version}. Parsing goes
 * through semver4j; because semver4j forgives a leading {@code v} and surrounding blanks, a value is
 * accepted only when it reads back exactly as written, so what the validator accepts is what a tag shows.
 */
public final class SkillVersion implements Comparable<SkillVersion> {

    /** What a package without {@code metadata.version} starts from when first bumped. */
    public static final SkillVersion INITIAL = new SkillVersion(new Semver("0.0.0"));

    private final Semver semver;

    private SkillVersion(Semver semver) {
        this.semver = semver;
    }

    /** The version, or empty when {@code text} is not exactly a semantic version. */
    public static Optional<SkillVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Semver v = Semver.parse(text);
        return v != null && v.getVersion().equals(text) ? Optional.of(new SkillVersion(v)) : Optional.empty();
    }

    /**
     * The next version of the given kind. Build metadata is dropped (it names one build, not the next);
     * a pre-release bumps to its release as semver prescribes (1.2.3-rc.1 → patch 1.2.3).
     */
    public SkillVersion bump(BumpKind kind) {
        Semver next = switch (kind) {
            case PATCH -> semver.nextPatch();
            case MINOR -> semver.nextMinor();
            case MAJOR -> semver.nextMajor();
        };
        return new SkillVersion(next.withClearedBuild());
    }

    public int major() {
        return semver.getMajor();
    }

    public int minor() {
        return semver.getMinor();
    }

    public int patch() {
        return semver.getPatch();
    }

    @Override
    public int compareTo(SkillVersion o) {
        return semver.compareTo(o.semver);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SkillVersion v && v.semver.getVersion().equals(semver.getVersion());
    }

    @Override
    public int hashCode() {
        return semver.getVersion().hashCode();
    }

    @Override
    public String toString() {
        return semver.getVersion();
    }
}

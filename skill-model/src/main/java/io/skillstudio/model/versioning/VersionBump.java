package io.skillstudio.model.versioning;

import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.skillmd.FrontmatterEditor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * "Bump version": sets {@code metadata.version} through the text-preserving {@link FrontmatterEditor}
 * and adds a {@link Changelog} entry. Works on a snapshot and returns a new one, so the studio applies
 * it to open buffers and the command line saves it with {@code PackageWriter}.
 */
public final class VersionBump {

    /** The bumped snapshot, with the version before and after. */
    public record Result(
            SkillPackage pkg, Optional<SkillVersion> from, SkillVersion to, String skillMd, String changelog) {}

    /** The bump cannot be made; the package is left as it was. */
    public static final class BumpException extends Exception {
        public BumpException(String message) {
            super(message);
        }
    }

    private VersionBump() {}

    /** The current version: empty when absent; an exception when present but not a semantic version. */
    public static Optional<SkillVersion> current(SkillPackage pkg) throws BumpException {
        Object raw =
                pkg.skillDocument().map(d -> d.metadata().get(VersionInfo.KEY)).orElse(null);
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.of(SkillVersion.parse(String.valueOf(raw))
                .orElseThrow(() -> new BumpException(
                        "metadata.version '" + raw + "' is not a semantic version (MAJOR.MINOR.PATCH); fix it first")));
    }

    public static Result bump(SkillPackage pkg, BumpKind kind, LocalDate date, String notes) throws BumpException {
        Objects.requireNonNull(kind, "kind");
        String skillMd = pkg.textOf(UpstreamFileRules.SKILL_MD)
                .orElseThrow(() -> new BumpException("SKILL.md is missing or not UTF-8 text"));
        Optional<SkillVersion> from = current(pkg);
        SkillVersion to = from.orElse(SkillVersion.INITIAL).bump(kind);
        String edited;
        try {
            edited = FrontmatterEditor.setMetadata(skillMd, VersionInfo.KEY, to.toString());
        } catch (FrontmatterEditor.EditException e) {
            throw new BumpException(e.getMessage());
        }
        String log = Changelog.addEntry(pkg.textOf(Changelog.FILE).orElse(null), to, date, notes);
        SkillPackage out = pkg.withFile(UpstreamFileRules.SKILL_MD, edited.getBytes(StandardCharsets.UTF_8))
                .withFile(Changelog.FILE, log.getBytes(StandardCharsets.UTF_8));
        return new Result(out, from, to, edited, log);
    }
}

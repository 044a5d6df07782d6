package io.skillstudio.model.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.save.PackageWriter;
import io.skillstudio.model.testing.Fixtures;
import io.skillstudio.model.testing.RealPackages;
import io.skillstudio.model.versioning.diff.ChangeKind;
import io.skillstudio.model.versioning.diff.FieldChange;
import io.skillstudio.model.versioning.diff.ItemChange;
import io.skillstudio.model.versioning.diff.PackageDiff;
import io.skillstudio.model.versioning.diff.PackageDiffer;
import io.skillstudio.model.versioning.diff.VersionSnapshots;
import io.skillstudio.model.versioning.history.HistoryEntry;
import io.skillstudio.model.versioning.history.HistoryException;
import io.skillstudio.model.versioning.history.PackageHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History and diff on a repository built in the test: two upstream packages side by side in one repo. */
class PackageHistoryTest {

    private static final Optional<PersonIdent> ME = Optional.of(
            new PersonIdent("Ada Author", "ada@example.org", Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path repo;

    @Test
    void commitsTagsLogAndDiffAreLimitedToThePackage() throws Exception {
        Path pkg = RealPackages.copy(
                RealPackages.upstream("instruction_following_pointwise"),
                repo.resolve("skills"),
                "instruction_following_pointwise");
        Path other = RealPackages.copy(
                RealPackages.upstream("reward_judge_fair"), repo.resolve("skills"), "reward_judge_fair");
        String first;
        String second;
        try (PackageHistory otherHistory = PackageHistory.openOrInit(repo);
                PackageHistory h = PackageHistory.open(pkg).orElseThrow()) {
            assertThat(h.packagePath()).isEqualTo("skills/instruction_following_pointwise");
            first = h.commit("Import the pointwise package", ME);
            assertThatThrownBy(() -> h.commit("again", ME))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("nothing to commit");
            try (PackageHistory o = PackageHistory.open(other).orElseThrow()) {
                o.commit("Import the fair judge", ME);
            }

            SkillPackage loaded = Fixtures.load(pkg);
            VersionBump.Result bump =
                    VersionBump.bump(loaded, BumpKind.MINOR, LocalDate.of(2026, 12, 6), "Cost is medium");
            String manifest = loaded.textOf("resources.yaml").orElseThrow();
            int at = manifest.indexOf("cost: low");
            SkillPackage edited = bump.pkg()
                    .withFile(
                            "resources.yaml",
                            (manifest.substring(0, at) + "cost: medium" + manifest.substring(at + "cost: low".length()))
                                    .getBytes());
            PackageWriter.save(edited, pkg);
            second = h.commit("Bump to 0.1.0", ME);
            String tag = h.tagRelease("instruction_following_pointwise", bump.to(), "HEAD", ME);
            assertThat(tag).isEqualTo("instruction_following_pointwise-v0.1.0");

            List<HistoryEntry> log = h.log();
            assertThat(log)
                    .extracting(HistoryEntry::summary)
                    .containsExactly("Bump to 0.1.0", "Import the pointwise package");
            assertThat(log.get(0).tags()).containsExactly(tag);
            assertThat(log.get(0).author()).isEqualTo("Ada Author");
            assertThat(h.resolveCommit(tag)).isEqualTo(second);

            try (VersionSnapshots versions = new VersionSnapshots(pkg, h)) {
                PackageDiff diff = versions.diff(PackageDiffer.standard(), first, tag);
                assertThat(diff.files())
                        .extracting(f -> f.path() + ":" + f.kind())
                        .containsExactly("CHANGELOG.md:ADDED", "SKILL.md:CHANGED", "resources.yaml:CHANGED");
                assertThat(diff.frontmatter())
                        .extracting(FieldChange::describe)
                        .containsExactly("metadata.version: (absent) → 0.1.0");
                ItemChange resource = diff.sections().get(0).changes().get(0);
                assertThat(resource.kind()).isEqualTo(ChangeKind.CHANGED);
                assertThat(resource.fields()).extracting(FieldChange::describe).containsExactly("cost: low → medium");
                assertThat(diff.files().get(2).unified()).contains("-    cost: low", "+    cost: medium");

                Files.writeString(pkg.resolve("references/extra.md"), "# Extra\n");
                PackageDiff working = versions.diff(PackageDiffer.standard(), tag, null);
                assertThat(working.to()).isEqualTo(VersionSnapshots.WORKING_COPY);
                assertThat(working.files())
                        .extracting(f -> f.path() + ":" + f.kind())
                        .containsExactly("references/extra.md:ADDED");
            }
            assertThatThrownBy(() -> h.resolveCommit("no-such-rev"))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("unknown revision 'no-such-rev'");
        }
    }

    @Test
    void aFolderOutsideAnyRepositoryHasNoHistoryUntilOneIsCreated() throws Exception {
        Path pkg =
                RealPackages.copy(RealPackages.sampleSkill("if-checklist-pointwise"), repo, "if-checklist-pointwise");
        assertThat(PackageHistory.open(pkg)).isEmpty();
        try (PackageHistory h = PackageHistory.openOrInit(pkg)) {
            assertThat(h.packagePath()).isEmpty();
            assertThat(h.log()).isEmpty();
            h.commit("First", ME);
            assertThat(h.log()).hasSize(1);
        }
    }
}

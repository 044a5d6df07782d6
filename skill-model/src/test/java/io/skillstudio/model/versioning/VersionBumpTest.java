package io.skillstudio.model.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.testing.Fixtures;
import io.skillstudio.model.testing.RealPackages;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionBumpTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path tmp;

    @Test
    void minorBumpOfTheSampleSkillChangesOnlyTheVersionLineAndAddsAChangelog() throws Exception {
        SkillPackage pkg = Fixtures.load(RealPackages.sampleSkill("if-checklist-pointwise"));
        String before = pkg.textOf("SKILL.md").orElseThrow();

        VersionBump.Result r = VersionBump.bump(pkg, BumpKind.MINOR, DAY, "Tightened the length item");

        assertThat(r.from()).hasValueSatisfying(v -> assertThat(v.toString()).isEqualTo("1.0.0"));
        assertThat(r.to().toString()).isEqualTo("1.1.0");
        assertThat(r.skillMd()).isEqualTo(before.replace("version: \"1.0.0\"", "version: \"1.1.0\""));
        assertThat(r.pkg().textOf(Changelog.FILE))
                .hasValue("# Changelog\n\n## 1.1.0 - 2026-12-06\n\n- Tightened the length item\n");
        assertThat(VersionInfo.rawVersion(r.pkg())).hasValue("1.1.0");
    }

    @Test
    void newEntriesGoOnTopOfAnExistingChangelog() throws Exception {
        SkillPackage pkg = Fixtures.load(Fixtures.folder(
                tmp,
                "good-skill",
                Fixtures.goodWith(
                        "CHANGELOG.md", "# Changelog\n\nIntro kept.\n\n## 1.0.0 - 2026-01-01\n\n- First.\n")));

        VersionBump.Result r = VersionBump.bump(pkg, BumpKind.PATCH, DAY, "");

        assertThat(r.changelog())
                .isEqualTo("# Changelog\n\nIntro kept.\n\n## 1.0.1 - 2026-12-06\n\n- No notes.\n\n"
                        + "## 1.0.0 - 2026-01-01\n\n- First.\n");
    }

    @Test
    void aPackageWithoutVersionStartsFromZero() throws Exception {
        var files = Fixtures.good();
        files.put("SKILL.md", Fixtures.GOOD_SKILL_MD.replace("metadata:\n  version: \"1.0.0\"\n", ""));
        SkillPackage pkg = Fixtures.load(Fixtures.folder(tmp, "good-skill", files));

        VersionBump.Result r = VersionBump.bump(pkg, BumpKind.MINOR, DAY, null);

        assertThat(r.from()).isEmpty();
        assertThat(r.to().toString()).isEqualTo("0.1.0");
        assertThat(r.skillMd()).contains("metadata:\n  version: \"0.1.0\"\n");
    }

    @Test
    void anInvalidVersionIsNotGuessedAt() {
        var files = Fixtures.good();
        files.put("SKILL.md", Fixtures.GOOD_SKILL_MD.replace("\"1.0.0\"", "v1.0"));
        SkillPackage pkg = Fixtures.load(Fixtures.folder(tmp, "good-skill", files));

        assertThatThrownBy(() -> VersionBump.bump(pkg, BumpKind.PATCH, DAY, ""))
                .isInstanceOf(VersionBump.BumpException.class)
                .hasMessageContaining("'v1.0' is not a semantic version");
    }
}

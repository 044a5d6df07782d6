package io.skillstudio.model.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.hash.PackageHashes;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.testing.Fixtures;
import io.skillstudio.model.testing.RealPackages;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.checks.LockfileChecker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockfileTest {

    @TempDir
    Path tmp;

    private static List<Diagnostic> check(Path dir) {
        return new LockfileChecker().check(new CheckContext(Fixtures.load(dir), LintMode.SKILLRM));
    }

    private static void lock(Path dir) throws Exception {
        Lockfile lock = Lockfiles.build(
                Fixtures.load(dir),
                Optional.of(new Lockfile.VerifierStamp("9.9.9", List.of("ifeval.punctuation:no_comma"))));
        Files.write(dir.resolve(Lockfile.FILE), LockfileCodec.write(lock));
    }

    @Test
    void aFreshLockfileOfAnUpstreamPackageRecordsItsFilesAndHashesButNotItself() throws Exception {
        Path pkg = RealPackages.copy(
                RealPackages.upstream("instruction_following_pointwise"), tmp, "instruction_following_pointwise");
        String upstreamBefore = PackageHashes.upstreamDirectory(pkg);

        lock(pkg);

        Lockfile lock = LockfileCodec.read(Files.readAllBytes(pkg.resolve(Lockfile.FILE)));
        SkillPackage loaded = Fixtures.load(pkg);
        assertThat(lock.hashes().upstreamDirectory()).isEqualTo(upstreamBefore);
        assertThat(lock.hashes().content()).isEqualTo(PackageHashes.content(loaded));
        assertThat(lock.files())
                .extracting(Lockfile.LockedFile::path)
                .doesNotContain(Lockfile.FILE)
                .contains("SKILL.md", "resources.yaml");
        assertThat(lock.verifiers().evaluatorVersion()).isEqualTo("9.9.9");
        assertThat(check(pkg)).isEmpty();
    }

    @Test
    void theLockfileGoesStaleAfterAnEditAndSaysWhichFile() throws Exception {
        Path pkg = RealPackages.copy(RealPackages.sampleSkill("if-checklist-pointwise"), tmp, "if-checklist-pointwise");
        lock(pkg);
        assertThat(check(pkg)).isEmpty();

        Path rubric = pkg.resolve("rubrics/if_pointwise_rubric.md");
        Files.writeString(rubric, Files.readString(rubric) + "\nOne more rule.\n");
        Files.writeString(pkg.resolve("references/new.md"), "# New\n");

        List<Diagnostic> d = check(pkg);
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("SKL058");
            assertThat(x.message())
                    .contains("changed: rubrics/if_pointwise_rubric.md")
                    .contains("added: references/new.md");
        });
    }

    @Test
    void toolFilesDoNotMakeItStale() throws Exception {
        Path pkg = Fixtures.folder(tmp, "good-skill", Fixtures.good());
        lock(pkg);
        Files.createDirectories(pkg.resolve(".git"));
        Files.writeString(pkg.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(pkg.resolve(".DS_Store"), "x");

        assertThat(check(pkg)).isEmpty();
    }

    @Test
    void aReleasedPackageWithoutLockfileIsReportedAndAGarbledOneIsStale() throws Exception {
        Path pkg = Fixtures.folder(tmp, "good-skill", Fixtures.goodWith("CHANGELOG.md", "# Changelog\n"));
        assertThat(check(pkg)).extracting(Diagnostic::code).containsExactly("SKL059");

        Files.writeString(pkg.resolve(Lockfile.FILE), "{not json");
        assertThat(check(pkg)).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("SKL058");
            assertThat(x.message()).startsWith("not a valid skill.lock.json");
        });
    }

    @Test
    void writingIsDeterministic() {
        SkillPackage pkg = Fixtures.load(Fixtures.folder(tmp, "good-skill", Fixtures.good()));
        byte[] a = LockfileCodec.write(Lockfiles.build(pkg, Optional.empty()));
        byte[] b = LockfileCodec.write(Lockfiles.build(pkg, Optional.empty()));
        assertThat(a).isEqualTo(b);
        assertThat(new String(a, StandardCharsets.UTF_8))
                .doesNotContain("\r")
                .endsWith("}\n")
                .contains("\"lockfileVersion\" : 1");
    }
}

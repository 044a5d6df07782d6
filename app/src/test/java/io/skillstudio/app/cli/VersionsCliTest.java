package io.skillstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.app.studio.versions.VersionsFixture;
import io.skillstudio.model.testing.RealPackages;
import io.skillstudio.model.versioning.history.PackageHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff}, {@code lock} and {@code export} end to end on a copy of the sample skill in a test repository. */
class VersionsCliTest {

    static final Path SAMPLE = Path.of("..", "sample-skills", "skills", "if-checklist-pointwise");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    Path pkg;

    @BeforeEach
    void copy() {
        pkg = VersionsFixture.copySample(tmp);
    }

    private void commit(String message) throws Exception {
        try (PackageHistory h = PackageHistory.openOrInit(pkg)) {
            h.commit(
                    message,
                    Optional.of(new PersonIdent(
                            "T", "t@example.org", Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC)));
        }
    }

    @Test
    void diffAndDriftAgainstTheWorkingCopy() throws Exception {
        commit("Initial");
        Path checklist = pkg.resolve("rubrics/if_pointwise.checklist.yaml");
        Files.writeString(checklist, Files.readString(checklist).replace("max: 250", "max: 5"));

        CliRunner.Run text = CliRunner.run("diff", pkg.toString(), "--from", "HEAD");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out())
                .contains(
                        "diff HEAD .. working copy: 1 file(s) changed",
                        "  C rubrics/if_pointwise.checklist.yaml",
                        "checklist (rubrics/if_pointwise.checklist.yaml):",
                        "    params: {max=250} → {max=5}",
                        "-      max: 250",
                        "+      max: 5");

        CliRunner.Run json = CliRunner.run("diff", pkg.toString(), "--from", "HEAD", "--format", "json");
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.get("to").asText()).isEqualTo("working copy");
        assertThat(root.at("/files/0/kind").asText()).isEqualTo("CHANGED");
        assertThat(root.at("/sections/0/changes/0/id").asText()).isEqualTo("concise");

        CliRunner.Run drift = CliRunner.run(
                "diff",
                pkg.toString(),
                "--from",
                "HEAD",
                "--samples",
                SAMPLE.resolve("evals/samples.jsonl").toString(),
                "--format",
                "json");
        assertThat(drift.exitCode()).as(drift.err()).isZero();
        JsonNode d = JSON.readTree(drift.out());
        assertThat(d.at("/summary/samples").asInt()).isEqualTo(18);
        assertThat(d.at("/summary/changed").asInt()).isEqualTo(12);
        assertThat(d.at("/samples/0/itemFlips/0/item").asText()).isEqualTo("concise");

        CliRunner.Run driftText = CliRunner.run(
                "diff",
                pkg.toString(),
                "--from",
                "HEAD",
                "--samples",
                SAMPLE.resolve("evals/samples.jsonl").toString());
        assertThat(driftText.out()).contains("12 of 18 sample(s) changed", "concise pass→fail");
    }

    @Test
    void driftWithoutAJudgeSaysTheSamplesWereNotComparedRatherThanUnchanged() throws Exception {
        pkg = RealPackages.copy(
                RealPackages.sampleSkill("pairwise-hh-judge"), tmp.resolve("pair"), "pairwise-hh-judge");
        commit("Initial");
        Path skill = pkg.resolve("SKILL.md");
        Files.writeString(skill, Files.readString(skill) + "\nOne more line.\n");

        CliRunner.Run drift = CliRunner.run(
                "diff",
                pkg.toString(),
                "--from",
                "HEAD",
                "--samples",
                pkg.resolve("evals/samples.jsonl").toString());

        assertThat(drift.exitCode()).as(drift.err()).isZero();
        assertThat(drift.out())
                .contains("0 of 6 sample(s) changed", "6 sample(s) unscored in both versions, so not compared")
                .contains("judge_unavailable=6");
    }

    @Test
    void diffOutsideARepositoryIsAUsageError() {
        CliRunner.Run run = CliRunner.run("diff", pkg.toString(), "--from", "HEAD");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not inside a git repository");
    }

    @Test
    void lockThenEditMakesValidateReportTheStaleLockfile() throws Exception {
        CliRunner.Run lock = CliRunner.run("lock", pkg.toString(), "--format", "json");
        assertThat(lock.exitCode()).as(lock.err()).isZero();
        JsonNode l = JSON.readTree(lock.out());
        assertThat(l.at("/lock/name").asText()).isEqualTo("if-checklist-pointwise");
        assertThat(l.at("/lock/verifiers/ids").toString()).contains("constraint.word_count");
        assertThat(CliRunner.run("validate", "--mode", "skillrm", pkg.toString())
                        .out())
                .doesNotContain("SKL058");

        Files.writeString(pkg.resolve("references/aggregation_policy.md"), "# changed\n");
        CliRunner.Run validate = CliRunner.run("validate", "--mode", "skillrm", pkg.toString());
        assertThat(validate.out()).contains("SKL058 lockfile is stale, changed: references/aggregation_policy.md");
    }

    @Test
    void exportAsksAboutIgnoredFilesThenWritesTheSameBytesTwice() throws Exception {
        Path out = tmp.resolve("bundle.zip");
        CliRunner.Run undecided = CliRunner.run("export", pkg.toString(), "--out", out.toString());
        assertThat(undecided.exitCode()).isEqualTo(2);
        assertThat(undecided.err()).contains("ignored by upstream: evals/samples.jsonl", "--include-ignored");
        assertThat(out).doesNotExist();

        CliRunner.Run first = CliRunner.run(
                "export", pkg.toString(), "--out", out.toString(), "--exclude-ignored", "--format", "json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        JsonNode r = JSON.readTree(first.out());
        assertThat(r.get("wrapper").asText()).isEqualTo("if-checklist-pointwise");
        assertThat(r.at("/ignoredFiles/included").asBoolean()).isFalse();
        assertThat(pkg.resolve("skill.lock.json")).exists();

        CliRunner.Run second = CliRunner.run("export", pkg.toString(), "--out", out.toString(), "--exclude-ignored");
        assertThat(second.out())
                .contains("exported", "bundle sha256:  " + r.get("sha256").asText());
        assertThat(Files.readAllBytes(out)).isEqualTo(bytes);
    }

    @Test
    void exportOfAnInvalidPackageIsRefusedWithTheErrorsAndWritesNothing() throws Exception {
        Files.writeString(pkg.resolve("resources.yaml"), "resources: [unclosed\n");
        Path out = tmp.resolve("bundle.zip");
        CliRunner.Run run = CliRunner.run("export", pkg.toString(), "--out", out.toString(), "--include-ignored");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("SKL021", "no bundle written");
        assertThat(out).doesNotExist();
        assertThat(pkg.resolve("skill.lock.json")).doesNotExist();
    }
}

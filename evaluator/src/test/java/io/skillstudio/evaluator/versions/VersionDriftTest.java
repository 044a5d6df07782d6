package io.skillstudio.evaluator.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.testing.RealPackages;
import io.skillstudio.model.versioning.diff.DiffSection;
import io.skillstudio.model.versioning.diff.FieldChange;
import io.skillstudio.model.versioning.diff.PackageDiff;
import io.skillstudio.model.versioning.diff.PackageDiffer;
import io.skillstudio.model.versioning.diff.VersionSnapshots;
import io.skillstudio.model.versioning.history.PackageHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift on the sample skill: the {@code concise} item's budget goes from 250 words to 5, so every
 * response longer than five words flips that item from pass to fail, and only those.
 */
class VersionDriftTest {

    static final Path SAMPLE = Path.of("../sample-skills/skills/if-checklist-pointwise");
    static final Optional<PersonIdent> ME =
            Optional.of(new PersonIdent("T", "t@example.org", Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path tmp;

    Path pkg;
    List<Sample> samples;

    @BeforeEach
    void repository() throws Exception {
        pkg = RealPackages.copy(RealPackages.sampleSkill("if-checklist-pointwise"), tmp, "if-checklist-pointwise");
        samples = SampleReader.read(SAMPLE.resolve("evals/samples.jsonl")).samples();
    }

    @Test
    void aTighterBudgetFlipsConciseForExactlyTheLongerResponses() throws Exception {
        try (PackageHistory h = PackageHistory.openOrInit(pkg)) {
            h.commit("Initial", ME);
            Path checklist = pkg.resolve("rubrics/if_pointwise.checklist.yaml");
            Files.writeString(checklist, Files.readString(checklist).replace("max: 250", "max: 5"));
            h.commit("Five-word budget", ME);

            DriftReport report;
            try (VersionSnapshots versions = new VersionSnapshots(pkg, h)) {
                VersionRunner runner = new VersionRunner(EvalSettings.of(EvalMode.POINTWISE), Optional.empty());
                report = VersionDrift.run(versions, "HEAD~1", "HEAD", samples, runner, RunListener.NONE, ignored -> {});
            }

            Map<String, Sample> byId = samples.stream().collect(Collectors.toMap(Sample::id, s -> s));
            // The responses of more than five words (markdown bullets and numbering are not words; s03, s04,
            // s10, s11, s14 and s18 answer in five words or fewer), read from samples.jsonl by hand.
            List<String> expectedFlips =
                    List.of("s01", "s02", "s05", "s06", "s07", "s08", "s09", "s12", "s13", "s15", "s16", "s17");
            assertThat(report.samples().stream()
                            .filter(r -> r.sampleId().equals("s09"))
                            .findFirst()
                            .orElseThrow()
                            .shift())
                    .isZero();
            assertThat(report.changed()).extracting(SampleDrift::sampleId).containsExactlyElementsOf(expectedFlips);
            for (SampleDrift row : report.changed()) {
                assertThat(row.itemFlips())
                        .as(row.sampleId())
                        .containsExactly(new ItemFlip(0, "concise", "pass", "fail"));
                // s09 is vetoed by its disclaimer on both sides: the item flips, the score stays 0.
                assertThat(row.shift())
                        .as(row.sampleId())
                        .isLessThan(row.sampleId().equals("s09") ? 1e-12 : 0.0);
            }
            assertThat(report.summary().samples()).isEqualTo(samples.size());
            assertThat(report.summary().changed()).isEqualTo(expectedFlips.size());
            assertThat(report.summary().itemFlips()).isEqualTo(expectedFlips.size());
            assertThat(report.summary().meanShift()).isNegative();
            assertThat(report.summary().largestShiftSample()).isIn(expectedFlips);
            assertThat(report.fromProvenance().contentHash())
                    .isNotEqualTo(report.toProvenance().contentHash());
            assertThat(byId).containsKeys(expectedFlips.toArray(String[]::new));
        }
    }

    @Test
    void theChecklistDiffComesFromTheEvaluatorsReader() throws Exception {
        try (PackageHistory h = PackageHistory.openOrInit(pkg)) {
            h.commit("Initial", ME);
            Path checklist = pkg.resolve("rubrics/if_pointwise.checklist.yaml");
            Files.writeString(
                    checklist,
                    Files.readString(checklist)
                            .replace("max: 250", "max: 5")
                            .replace("  - id: task_intent\n", "  - id: on_topic\n"));
            try (VersionSnapshots versions = new VersionSnapshots(pkg, h)) {
                PackageDiff diff = versions.diff(PackageDiffer.standard(), "HEAD", null);
                DiffSection section = diff.sections().stream()
                        .filter(s -> s.name().equals("checklist"))
                        .findFirst()
                        .orElseThrow();
                assertThat(section.file()).isEqualTo("rubrics/if_pointwise.checklist.yaml");
                assertThat(section.changes())
                        .extracting(c -> c.id() + ":" + c.kind())
                        .containsExactly("task_intent:REMOVED", "concise:CHANGED", "on_topic:ADDED");
                assertThat(section.changes().get(1).fields())
                        .extracting(FieldChange::describe)
                        .containsExactly("params: {max=250} → {max=5}");
            }
        }
    }

    @Test
    void theSameVersionTwiceShowsNoDrift() throws Exception {
        try (PackageHistory h = PackageHistory.openOrInit(pkg);
                VersionSnapshots versions = new VersionSnapshots(pkg, h)) {
            h.commit("Initial", ME);
            DriftReport report = VersionDrift.run(
                    versions,
                    "HEAD",
                    null,
                    samples,
                    new VersionRunner(EvalSettings.of(EvalMode.POINTWISE), Optional.empty()),
                    RunListener.NONE,
                    ignored -> {});
            assertThat(report.changed()).isEmpty();
            assertThat(report.summary().meanAbsShift()).isZero();
        }
    }

    @Test
    void theLockStampListsTheVerifiersTheChecklistUses() {
        var stamp =
                LockStamps.of(new PackageLoader().load(SAMPLE).skillPackage().orElseThrow());
        assertThat(stamp.ids()).containsExactly("constraint.word_count", "keywords:forbidden_words");
        assertThat(stamp.evaluatorVersion()).isNotBlank();
    }
}

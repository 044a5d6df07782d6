package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.aggregate.ItemScore;
import io.skillstudio.evaluator.checklist.ChecklistChecker;
import io.skillstudio.evaluator.checklist.ChecklistItem;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.sample.SampleSet;
import io.skillstudio.evaluator.testsupport.Runs;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.LintMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the shipped {@code if-checklist-pointwise} package on its own samples and compares every result
 * with {@code expected_results.jsonl}, using the real IFEval and constraint verifiers. The expected
 * scores were worked out by hand from IFEval's rules, not recorded from a run.
 */
class IfChecklistPointwisePackageTest {

    static final Path PACKAGE = Path.of("../sample-skills/skills/if-checklist-pointwise");

    static SkillPackage load() {
        return new PackageLoader().load(PACKAGE).skillPackage().orElseThrow();
    }

    static SampleSet samples() throws IOException {
        return SampleReader.read(PACKAGE.resolve("evals/samples.jsonl"));
    }

    static Set<String> neededVerifiers(SkillPackage pkg, SampleSet set) {
        Set<String> ids = new HashSet<>();
        Stream.concat(
                        EvalSubject.of(pkg, Optional.empty()).checklist().items().stream(),
                        set.samples().stream().flatMap(s -> s.items().stream()))
                .map(ChecklistItem::verifier)
                .flatMap(Optional::stream)
                .forEach(ids::add);
        return ids;
    }

    @Test
    void matchesExpectedResultsWithTheRealVerifiers() throws IOException {
        SkillPackage pkg = load();
        VerifierRegistry standard = VerifierRegistry.standard();
        Set<String> missing = new HashSet<>(neededVerifiers(pkg, samples()));
        missing.removeAll(standard.ids());
        assertThat(missing).as("verifiers the package needs").isEmpty();

        assertMatchesExpected(pkg, standard);
    }

    @Test
    void packageChecklistIsValidAndSamplesAreWellFormed() throws IOException {
        SkillPackage pkg = load();
        SampleSet set = samples();

        assertThat(new ChecklistChecker(VerifierRegistry::standard).check(new CheckContext(pkg, LintMode.SKILLRM)))
                .isEmpty();
        assertThat(set.errors()).isEmpty();
        assertThat(set.samples()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(set.samples()).allSatisfy(s -> assertThat(s.expected()).isPresent());
        assertThat(EvalSubject.of(pkg, Optional.empty()).version()).isEqualTo("1.0.0");
    }

    private static void assertMatchesExpected(SkillPackage pkg, VerifierRegistry registry) throws IOException {
        SampleSet set = samples();
        SampleEvaluator evaluator = new SampleEvaluator(
                EvalSubject.of(pkg, Optional.empty()),
                EvalSettings.of(EvalMode.POINTWISE).withThreads(2),
                registry,
                Clock.systemUTC());
        var report = Runs.run(evaluator, set.samples());
        List<JsonNode> expected = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(PACKAGE.resolve("evals/expected_results.jsonl"))) {
            expected.add(mapper.readTree(line));
        }

        assertThat(report.results()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            SampleResult r = report.results().get(i);
            Trace t = report.traces().get(i);
            String id = e.get("id").asText();
            assertThat(r.sampleId()).isEqualTo(id);
            assertThat(r.decision().status().code())
                    .as(id)
                    .isEqualTo(e.get("status").asText());
            assertThat(r.decision().score()).as(id).isCloseTo(e.get("score").asDouble(), within(1e-9));
            List<ItemScore> items = t.events().stream()
                    .filter(ev -> ev instanceof TraceEvents.Aggregation)
                    .map(ev -> ((TraceEvents.Aggregation) ev).breakdown())
                    .findFirst()
                    .orElseThrow()
                    .items();
            assertThat(items.stream()
                            .filter(ItemScore::failed)
                            .map(ItemScore::id)
                            .toList())
                    .as(id)
                    .containsExactlyElementsOf(texts(e.get("failed_items")));
            assertThat(items.stream()
                            .filter(x -> !x.score().isScored())
                            .map(ItemScore::id)
                            .toList())
                    .as(id)
                    .containsExactlyElementsOf(texts(e.get("unscored_items")));
        }
        RunSummary summary = report.outcome().summary();
        assertThat(summary.agreement().meanAbsoluteError()).isLessThan(1e-4);
        assertThat(summary.agreement().kendallTauB()).isCloseTo(1.0, within(1e-9));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

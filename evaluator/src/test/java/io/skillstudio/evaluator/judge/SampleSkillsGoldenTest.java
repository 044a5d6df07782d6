package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.aggregate.ItemScore;
import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.EvaluatorOptions;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.sample.SampleSet;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.testsupport.Runs;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.Severity;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped sample skill is a golden test: it validates without errors in both lint modes, keeps
 * every declared resource where upstream's loader looks, and its sample set gives exactly
 * {@code evals/expected_results.jsonl}: natively for checklist skills (agreement with the hand-worked
 * {@code expected} values is exact), and against the fake OpenAI-compatible server with the scripted
 * verdicts of {@code evals/scripted_verdicts.jsonl} for judged ones.
 */
class SampleSkillsGoldenTest {

    static final Path SKILLS = Path.of("../sample-skills/skills");
    static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> packages() throws IOException {
        try (Stream<Path> s = Files.list(SKILLS)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("SKILL.md")))
                    .sorted()
                    .toList();
        }
    }

    static List<Path> judged() throws IOException {
        return packages().stream()
                .filter(p -> Files.exists(p.resolve("evals/scripted_verdicts.jsonl")))
                .toList();
    }

    static List<Path> deterministic() throws IOException {
        return packages().stream()
                .filter(p -> !Files.exists(p.resolve("evals/scripted_verdicts.jsonl")))
                .toList();
    }

    static SkillPackage load(Path p) {
        return new PackageLoader().load(p).skillPackage().orElseThrow();
    }

    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    @Test
    void atLeastSevenSampleSkillsShip() throws IOException {
        assertThat(packages()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(judged()).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void validatesInBothModesAndFollowsUpstreamsLayout(Path dir) {
        SkillPackage pkg = load(dir);
        for (LintMode mode : LintMode.values()) {
            List<Diagnostic> errors = Validator.standard().validate(pkg, mode).stream()
                    .filter(d -> d.severity() == Severity.ERROR)
                    .toList();
            assertThat(errors).as(dir.getFileName() + " in " + mode).isEmpty();
        }
        assertThat(UpstreamFileRules.isLoaded("SKILL.md")).isTrue();
        List<ResourceEntry> entries = pkg.manifest().orElseThrow().entries();
        assertThat(entries).isNotEmpty();
        for (ResourceEntry e : entries) {
            String path = e.path().orElseThrow();
            assertThat(UpstreamFileRules.isLoaded(path))
                    .as(path + " is where upstream loads files")
                    .isTrue();
            assertThat(pkg.file(path)).as(path + " exists").isPresent();
        }
        assertThat(dir.resolve("README.md"))
                .as("says where its samples come from")
                .exists();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deterministic")
    void checklistSkillsGiveTheirExpectedResults(Path dir) throws IOException {
        SkillPackage pkg = load(dir);
        SampleSet set = SampleReader.read(dir.resolve("evals/samples.jsonl"));
        assertThat(set.errors()).isEmpty();
        SampleEvaluator ev = new SampleEvaluator(
                EvalSubject.of(pkg, Optional.empty()),
                EvalSettings.of(EvalMode.POINTWISE).withThreads(2),
                VerifierRegistry.standard(),
                Clock.systemUTC());
        Runs.Result run = Runs.run(ev, set.samples());
        List<JsonNode> expected = lines(dir.resolve("evals/expected_results.jsonl"));

        assertThat(run.results()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            SampleResult r = run.results().get(i);
            String id = e.get("id").asText();
            assertThat(r.sampleId()).isEqualTo(id);
            assertThat(r.decision().status().code())
                    .as(id)
                    .isEqualTo(e.get("status").asText());
            if (e.has("score")) {
                assertThat(r.decision().score()).as(id).isCloseTo(e.get("score").asDouble(), within(1e-9));
            } else {
                assertThat(r.decision().reason().code())
                        .as(id)
                        .isEqualTo(e.get("reason").asText());
            }
            List<ItemScore> items = run.traces().get(i).events().stream()
                    .filter(TraceEvents.Aggregation.class::isInstance)
                    .map(ev2 -> ((TraceEvents.Aggregation) ev2).breakdown())
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
        RunSummary summary = run.outcome().summary();
        assertThat(summary.agreement().compared()).isPositive();
        // the hand-worked expected values are written with four decimals (0.8333)
        assertThat(summary.agreement().meanAbsoluteError())
                .as("agreement with the hand-worked scores")
                .isLessThan(1e-4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("judged")
    void judgedSkillsRunWholeAgainstTheScriptedServer(Path dir) throws Exception {
        SkillPackage pkg = load(dir);
        String name = dir.getFileName().toString();
        SampleSet set = SampleReader.read(dir.resolve("evals/samples.jsonl"));
        assertThat(set.errors()).isEmpty();
        EvalMode mode = set.samples().get(0).responses().size() == 2 ? EvalMode.PAIRWISE : EvalMode.LISTWISE;
        String rubric = pkg.manifest().orElseThrow().entries().stream()
                .filter(e -> e.type().orElse("").equals("rubric"))
                .findFirst()
                .orElseThrow()
                .path()
                .orElseThrow();
        List<FakeOpenAi.Reply> script = new ArrayList<>();
        for (JsonNode v : lines(dir.resolve("evals/scripted_verdicts.jsonl"))) {
            script.add(toolCalls("use_skill", "{\"skill_name\":\"" + name + "\",\"reason\":\"golden\"}"));
            script.add(toolCalls("view_resource", "{\"path\":\"" + rubric + "\",\"reason\":\"criteria\"}"));
            script.add(finalAnswer(JSON.writeValueAsString(Map.of(
                    "verdict",
                    v.get("verdict").asText(),
                    "rationale",
                    v.get("rationale").asText()))));
        }
        List<JsonNode> expected = lines(dir.resolve("evals/expected_results.jsonl"));
        try (FakeOpenAi server = new FakeOpenAi(script.toArray(FakeOpenAi.Reply[]::new))) {
            Judge judge = JudgeHarness.judge(
                    JudgeHarness.settings(server), JudgeCache.NONE, LoopConfig.DEFAULT, Optional.empty(), Map.of());
            SampleEvaluator ev = new SampleEvaluator(
                    EvalSubject.of(pkg, Optional.empty()),
                    EvalSettings.of(mode),
                    VerifierRegistry.standard(),
                    Clock.systemUTC(),
                    Optional.of(judge),
                    EvaluatorOptions.DEFAULT);
            Runs.Result run = Runs.run(ev, set.samples(), 1, RunListener.NONE);

            assertThat(run.results()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                JsonNode e = expected.get(i);
                SampleResult r = run.results().get(i);
                assertThat(r.sampleId()).isEqualTo(e.get("id").asText());
                assertThat(r.decision().status().code())
                        .as(r.sampleId())
                        .isEqualTo(e.get("status").asText());
                String verdict = mode == EvalMode.PAIRWISE
                        ? r.decision().verdict()
                        : String.valueOf((char) ('A' + r.decision().best()));
                assertThat(verdict).as(r.sampleId()).isEqualTo(e.get("verdict").asText());
                assertThat(r.provenance().settings()).containsEntry("judging", "whole_skill");
                Trace t = run.traces().get(i);
                List<String> tools = t.events().stream()
                        .filter(ToolCall.class::isInstance)
                        .map(ToolCall.class::cast)
                        .map(ToolCall::name)
                        .toList();
                assertThat(tools).as(r.sampleId()).containsSubsequence("use_skill", "view_resource", "final_answer");
            }
            assertThat(run.outcome().summary().agreement().accuracy()).isEqualTo(1.0);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

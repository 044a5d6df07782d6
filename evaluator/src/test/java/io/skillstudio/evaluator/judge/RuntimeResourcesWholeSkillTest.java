package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.status;
import static io.skillstudio.evaluator.judge.FakeOpenAi.text;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static io.skillstudio.evaluator.judge.UpstreamWholeSkillTest.calls;
import static io.skillstudio.evaluator.judge.UpstreamWholeSkillTest.jsonl;
import static io.skillstudio.evaluator.judge.UpstreamWholeSkillTest.upstream;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.cost.TraceCosts;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.EvaluatorOptions;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleSources;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.testsupport.Packages;
import io.skillstudio.evaluator.testsupport.Runs;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceRecorder;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.hash.PackageHashes;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reward_judge_operational declares upstream's four implemented runtime resources (resources.yaml,
 * {@code runtime_resources}); whole-skill judging runs them through {@code run_resource} against the
 * fake server: their model calls are traced under the tool call, with tokens, in the sample's cost.
 */
class RuntimeResourcesWholeSkillTest {
    @TempDir
    Path tmp;

    static final String PAIR = "{\"id\":\"jb1\",\"prompt\":\"What is 6*7?\",\"responses\":[\"The answer is 42.\","
            + "\"It is 48.\"],\"reference\":\"42\",\"metadata\":{\"benchmark\":\"judgebench_gpt\"}}";

    static Runs.Result run(SkillPackage pkg, List<Sample> samples, EvalMode mode, FakeOpenAi server) {
        Judge judge = JudgeHarness.judge(
                JudgeHarness.settings(server), JudgeCache.NONE, LoopConfig.DEFAULT, Optional.empty(), Map.of());
        SampleEvaluator ev = new SampleEvaluator(
                EvalSubject.of(pkg, Optional.empty()),
                EvalSettings.of(mode),
                VerifierRegistry.standard(),
                Clock.systemUTC(),
                Optional.of(judge),
                EvaluatorOptions.DEFAULT);
        return Runs.run(ev, samples, 1, RunListener.NONE);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> result(ToolCall c) {
        return (Map<String, Object>) c.result().get("result");
    }

    @Test
    void pairwiseRunsReferenceMatchGroundTruthScorePairAndOpenRsThroughRunResource() throws Exception {
        SkillPackage pkg = upstream("reward_judge_operational");
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"reward_judge_operational\",\"reason\":\"objective\"}"),
                toolCalls("run_resource", "{\"resource_id\":\"verifier.reference_match\",\"reason\":\"ref\"}"),
                toolCalls("run_resource", "{\"resource_id\":\"verifier.ground_truth_score_pair\",\"reason\":\"gt\"}"),
                text("{\"score\": 1, \"reason\": \"42 is right\"}"),
                text("{\"score\": -1, \"reason\": \"48 is wrong\"}"),
                toolCalls(
                        "run_resource",
                        "{\"resource_id\":\"external.openrs_pairwise_qwen\",\"reason\":\"second opinion\"}"),
                text("Output (a)"),
                finalAnswer("{\"verdict\":\"A\"}"))) {
            Runs.Result report = run(pkg, jsonl(PAIR).samples(), EvalMode.PAIRWISE, server);

            assertThat(report.results().get(0).decision().verdict()).isEqualTo("A");
            Trace t = report.traces().get(0);
            List<ToolCall> runs = calls(t, "run_resource");
            assertThat(runs).hasSize(3).allSatisfy(c -> assertThat(c.ok()).isTrue());
            assertThat(result(runs.get(0)))
                    .containsEntry("verdict", "A")
                    .containsEntry("source", "reference_match")
                    .containsEntry("matched_labels", List.of("A"));
            assertThat(result(runs.get(1)))
                    .containsEntry("verdict", "A")
                    .containsEntry("source", "ground_truth_score_pair")
                    .containsEntry("scores", Map.of("A", 1, "B", -1))
                    .containsEntry("reference_keys", List.of("reference"));
            assertThat(result(runs.get(2))).containsEntry("verdict", "A").containsEntry("parse_source", "output_label");

            // The JudgeBench form reached the server, with the reference only in the verifier's calls.
            assertThat(server.requests.get(3).toString())
                    .contains("candidate_label")
                    .contains("\\\"reference\\\":{");
            assertThat(server.requests.get(6).toString()).contains("Output (a): The answer is 42.");
            assertThat(server.requests.get(3).has("tools")).isFalse();

            // Each resource call is a model_turn whose parent is its tool call, with tokens; the cost counts it.
            List<ModelTurn> resourceTurns = t.events().stream()
                    .filter(ModelTurn.class::isInstance)
                    .map(ModelTurn.class::cast)
                    .filter(m -> "run_resource".equals(m.phase()))
                    .toList();
            assertThat(resourceTurns).hasSize(3).allSatisfy(m -> {
                assertThat(m.tokensIn()).isEqualTo(100);
                assertThat(m.tokensOut()).isEqualTo(20);
                assertThat(m.error()).isNull();
            });
            assertThat(resourceTurns.get(0).parent()).isEqualTo(runs.get(1).id());
            assertThat(resourceTurns.get(1).parent()).isEqualTo(runs.get(1).id());
            assertThat(resourceTurns.get(2).parent()).isEqualTo(runs.get(2).id());
            assertThat(t.children(runs.get(1).id())).hasSize(2);
            var cost = TraceCosts.of(t.events(), 0);
            assertThat(cost.modelCalls()).isEqualTo(8);
            assertThat(cost.tokensIn()).isEqualTo(800);
            assertThat(server.calls()).isEqualTo(8);
        }
    }

    @Test
    void listwiseRunsTheRewardBench2OfficialListwiseResource() throws Exception {
        SkillPackage pkg = upstream("reward_judge_operational");
        Path rows = tmp.resolve("rb2.jsonl");
        Files.writeString(
                rows,
                "{\"id\":\"rb2-1\",\"prompt\":\"2+2?\",\"chosen\":[\"4\"],\"rejected\":[\"5\",\"3\",\"22\"],"
                        + "\"subset\":\"Math\"}\n");
        Sample s = SampleSources.read(rows, Optional.empty(), 0).samples().get(0);
        String chosen = (String) s.expected().orElseThrow().value();
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"reward_judge_operational\",\"reason\":\"rb2\"}"),
                toolCalls(
                        "run_resource",
                        "{\"resource_id\":\"external.rewardbench2_official_listwise_qwen\",\"reason\":\"r\"}"),
                text("The best is [[" + chosen + "]]."),
                toolCalls("run_resource", "{\"resource_id\":\"tool.python_sandbox\",\"reason\":\"r\"}"),
                finalAnswer("{\"verdict\":\"" + chosen + "\"}"))) {
            Runs.Result report = run(pkg, List.of(s), EvalMode.LISTWISE, server);

            assertThat(report.results().get(0).match()).isTrue();
            List<ToolCall> runs = calls(report.traces().get(0), "run_resource");
            assertThat(result(runs.get(0)))
                    .containsEntry("verdict", chosen)
                    .containsEntry("confidence", "medium")
                    .containsEntry("source", "rewardbench2_official_listwise_qwen");
            // tool.python_sandbox is runtime_python_sandbox: upstream does not execute it through run_resource.
            assertThat(runs.get(1).result())
                    .containsEntry("ok", false)
                    .containsEntry("error", "resource is not executable; use view_resource for reference resources")
                    .containsEntry("implementation_kind", "runtime_python_sandbox");
            assertThat(server.requests.get(2).toString()).contains("[The Start of Assistant D's Answer]");
        }
    }

    @Test
    void aServerErrorInsideAResourceIsItsRequestErrorAndTheJudgeGoesOn() throws Exception {
        SkillPackage pkg = upstream("reward_judge_operational");
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"reward_judge_operational\",\"reason\":\"r\"}"),
                toolCalls("run_resource", "{\"resource_id\":\"external.openrs_pairwise_qwen\",\"reason\":\"r\"}"),
                status(400, "{\"error\":\"bad request\"}"),
                finalAnswer("{\"verdict\":\"B\"}"))) {
            Runs.Result report = run(pkg, jsonl(PAIR).samples(), EvalMode.PAIRWISE, server);

            assertThat(report.results().get(0).decision().verdict()).isEqualTo("B");
            Trace t = report.traces().get(0);
            Map<String, Object> r = result(calls(t, "run_resource").get(0));
            assertThat(r)
                    .containsEntry("verdict", "inconclusive")
                    .containsEntry("confidence", "low")
                    .containsEntry("parse_source", "unparsed");
            assertThat((String) r.get("request_error")).isNotBlank();
            assertThat(t.events())
                    .filteredOn(ModelTurn.class::isInstance)
                    .map(ModelTurn.class::cast)
                    .filteredOn(m -> "run_resource".equals(m.phase()))
                    .singleElement()
                    .satisfies(m -> assertThat(m.error()).isNotBlank());
        }
    }

    @Test
    void cancelBetweenTheTwoScoreCallsSkipsTheSecondAndEndsTheSampleCancelled() throws Exception {
        SkillPackage pkg = upstream("reward_judge_operational");
        Sample s = jsonl(PAIR).samples().get(0);
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"reward_judge_operational\",\"reason\":\"r\"}"),
                toolCalls("run_resource", "{\"resource_id\":\"verifier.ground_truth_score_pair\",\"reason\":\"gt\"}"),
                text("{\"score\": 1}"),
                finalAnswer("{\"verdict\":\"A\"}"))) {
            Judge judge = JudgeHarness.judge(server);
            JudgeSample js = new JudgeSample(
                    s.id(), JudgeMode.PAIRWISE, "", "", s.prompt(), s.responses(), s.reference(), List.of(), false);
            TraceRecorder rec = new TraceRecorder(Clock.systemUTC());
            // Cancel as soon as the first score call has been answered.
            JudgeOutcome o =
                    judge.judge(pkg, PackageHashes.content(pkg), js, List.of(), rec, () -> server.calls() >= 3);

            assertThat(o.reason()).contains(UnscoredReason.CANCELLED);
            assertThat(server.calls()).isEqualTo(3);
            ToolCall run = rec.events().stream()
                    .filter(ToolCall.class::isInstance)
                    .map(ToolCall.class::cast)
                    .filter(c -> c.name().equals("run_resource"))
                    .findFirst()
                    .orElseThrow();
            Map<?, ?> errors = (Map<?, ?>) ((Map<?, ?>) run.result().get("result")).get("request_errors");
            assertThat((String) errors.get("B")).startsWith("cancelled");
            assertThat(((Map<?, ?>) run.result().get("result")).get("verdict")).isEqualTo("inconclusive");
        }
    }

    @Test
    void anExecutableIdWithoutARunnerAnswersNotImplemented() throws Exception {
        SkillPackage pkg = Packages.of(
                "---\nname: ops\ndescription: Runtime resources.\n---\n# Ops\n",
                "runtime_resources:\n  - id: verifier.math_verify\n    type: verifier\n"
                        + "    implementation_kind: runtime_verifier\n");
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"ops\",\"reason\":\"r\"}"),
                toolCalls("run_resource", "{\"resource_id\":\"verifier.math_verify\",\"reason\":\"r\"}"),
                finalAnswer("{\"verdict\":\"A\"}"))) {
            Runs.Result report = run(pkg, jsonl(PAIR).samples(), EvalMode.PAIRWISE, server);
            ToolCall c = calls(report.traces().get(0), "run_resource").get(0);
            assertThat(c.result()).containsEntry("ok", true).containsEntry("resource_id", "verifier.math_verify");
            assertThat(result(c))
                    .isEqualTo(Map.of(
                            "verdict",
                            "inconclusive",
                            "source",
                            "verifier.math_verify",
                            "reason",
                            "resource runner is not implemented"));
        }
    }
}

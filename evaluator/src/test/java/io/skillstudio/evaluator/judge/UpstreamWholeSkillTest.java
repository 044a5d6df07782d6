package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.status;
import static io.skillstudio.evaluator.judge.FakeOpenAi.text;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.output.RunOutput;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.EvaluatorOptions;
import io.skillstudio.evaluator.run.Judging;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleFormat;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.sample.SampleSet;
import io.skillstudio.evaluator.sample.SampleSources;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.testsupport.Runs;
import io.skillstudio.evaluator.testsupport.SharedData;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-skill judging of the four upstream Skill-RM packages, read in place from shared/data, against
 * the fake OpenAI-compatible server with scripted conversations (one conversation per sample, in order).
 */
class UpstreamWholeSkillTest {
    static final String SECRET = "sk-test-SECRET-0123456789";

    @TempDir
    Path tmp;

    static SkillPackage upstream(String name) {
        Path dir = SharedData.require("skillrm-packages/" + name);
        return new PackageLoader().load(dir).skillPackage().orElseThrow();
    }

    static FakeOpenAi.Reply[] times(int n, FakeOpenAi.Reply... conversation) {
        List<FakeOpenAi.Reply> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.addAll(Arrays.asList(conversation));
        }
        return all.toArray(FakeOpenAi.Reply[]::new);
    }

    static SampleSet jsonl(String... lines) throws Exception {
        return SampleReader.read("mem.jsonl", new StringReader(String.join("\n", lines)));
    }

    Runs.Result run(SkillPackage pkg, List<Sample> samples, EvalMode mode, FakeOpenAi server, Judging judging) {
        JudgeSettings s = JudgeHarness.settings(server).withApiKeyEnv("WHOLE_SKILL_KEY");
        Judge judge = JudgeHarness.judge(
                s, JudgeCache.NONE, LoopConfig.DEFAULT, Optional.empty(), Map.of("WHOLE_SKILL_KEY", SECRET));
        SampleEvaluator ev = new SampleEvaluator(
                EvalSubject.of(pkg, Optional.empty()),
                EvalSettings.of(mode),
                VerifierRegistry.standard(),
                Clock.systemUTC(),
                Optional.of(judge),
                EvaluatorOptions.DEFAULT.withJudging(judging));
        return Runs.run(ev, samples, 1, RunListener.NONE);
    }

    /** Writes the run like {@code eval} does and checks the key is in no written byte. */
    void writeAndCheckNoSecret(Runs.Result report) throws Exception {
        Path out = tmp.resolve("out");
        try (RunOutput o = RunOutput.open(out)) {
            for (int i = 0; i < report.results().size(); i++) {
                o.write(new Evaluation(report.results().get(i), report.traces().get(i)));
            }
            o.publish(report.outcome().summary());
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(SECRET);
            }
        }
        assertThat(Files.readString(out.resolve(RunOutput.SUMMARY))).contains("judgeCost", "modelCalls");
    }

    static List<ToolCall> calls(Trace t, String name) {
        return t.events().stream()
                .filter(ToolCall.class::isInstance)
                .map(ToolCall.class::cast)
                .filter(c -> c.name().equals(name))
                .toList();
    }

    static void assertTokensPerCall(Trace t) {
        List<ModelTurn> turns = t.events().stream()
                .filter(ModelTurn.class::isInstance)
                .map(ModelTurn.class::cast)
                .toList();
        assertThat(turns).isNotEmpty().allSatisfy(m -> {
            assertThat(m.tokensIn()).isEqualTo(100);
            assertThat(m.tokensOut()).isEqualTo(20);
        });
    }

    @Test
    void pointwiseOnInstructionFollowingPointwiseUsesThePerSampleVerInstructResources() throws Exception {
        SkillPackage pkg = upstream("instruction_following_pointwise");
        SampleSet set = jsonl(
                "{\"id\":\"p1\",\"prompt\":\"Describe rain without commas.\",\"response\":\"Rain falls softly.\","
                        + "\"checklist\":{\"instruction_id_list\":[\"punctuation:no_comma\"],\"kwargs\":[{}]},\"expected\":1.0}",
                "{\"id\":\"p2\",\"prompt\":\"Describe rain without commas.\",\"response\":\"Rain, falls.\","
                        + "\"checklist\":{\"instruction_id_list\":[\"punctuation:no_comma\"],\"kwargs\":[{}]},\"expected\":0.0}");
        try (FakeOpenAi server = new FakeOpenAi(times(
                2,
                toolCalls("use_skill", "{\"skill_name\":\"instruction_following_pointwise\",\"reason\":\"IF\"}"),
                toolCalls("view_resource", "{\"resource_id\":\"sample.verinstruct.checklist\",\"reason\":\"c\"}"),
                toolCalls("run_resource", "{\"resource_id\":\"sample.verinstruct.verify_all\",\"reason\":\"r\"}"),
                toolCalls("view_resource", "{\"resource_id\":\"if.pointwise_rubric\",\"reason\":\"calibrate\"}"),
                finalAnswer("{\"score\":0.75,\"satisfied_count\":3,\"total_count\":4,\"reason\":\"ok\"}")))) {
            Runs.Result report = run(pkg, set.samples(), EvalMode.POINTWISE, server, Judging.DEFAULT);

            assertThat(report.results()).hasSize(2).allSatisfy(r -> {
                assertThat(r.decision().isScored()).isTrue();
                assertThat(r.decision().score()).isEqualTo(0.75);
                assertThat(r.provenance().settings()).containsEntry("judging", "whole_skill");
            });
            Trace t1 = report.traces().get(0);
            assertThat(calls(t1, "use_skill")).singleElement().satisfies(c -> {
                assertThat(c.ok()).isTrue();
                assertThat(c.result().get("resource_index").toString())
                        .contains(
                                "sample.verinstruct.checklist", "sample.verinstruct.verify_all", "if.pointwise_rubric");
                assertThat(c.result().get("recommended_resources"))
                        .isEqualTo(List.of(
                                "sample.verinstruct.checklist",
                                "sample.verinstruct.verify_all",
                                "if.constraint_toolkit",
                                "if.constraint_verification_protocol",
                                "if.pointwise_rubric",
                                "if.aggregation_policy"));
            });
            assertThat(calls(t1, "view_resource"))
                    .extracting(c -> c.result().get("resource_id"))
                    .containsExactly("sample.verinstruct.checklist", "if.pointwise_rubric");
            assertThat(calls(t1, "view_resource").get(0).result().get("content").toString())
                    .contains("# VerInstruct Sample Checklist", "punctuation:no_comma [rule]");
            // The verifier really ran on each sample's own response: p1 passes, p2 has a comma.
            assertThat(calls(t1, "run_resource").get(0).result().get("result").toString())
                    .contains("satisfied_count=1");
            assertThat(calls(report.traces().get(1), "run_resource")
                            .get(0)
                            .result()
                            .get("result")
                            .toString())
                    .contains("satisfied_count=0");
            assertThat(t1.events())
                    .filteredOn(TraceEvents.ResourceViewed.class::isInstance)
                    .extracting(e -> ((TraceEvents.ResourceViewed) e).resourceId())
                    .contains("sample.verinstruct.checklist", "sample.verinstruct.verify_all");
            assertTokensPerCall(t1);
            writeAndCheckNoSecret(report);
            assertThat(server.authHeaders).allMatch(h -> h.equals("Bearer " + SECRET));
        }
    }

    @Test
    void pairwiseOnRewardJudgeFairOverJudgeBenchRowsAgreesWithTheLabels() throws Exception {
        SkillPackage pkg = upstream("reward_judge_fair");
        Path bench = SharedData.require("judgebench/dataset=judgebench,response_model=gpt-4o-2024-05-13.jsonl");
        SampleSet set = SampleSources.read(bench, Optional.empty(), SampleSources.DEFAULT_SEED);
        assertThat(set.errors()).isEmpty();
        List<Sample> two = set.samples().subList(0, 2);
        try (FakeOpenAi server = new FakeOpenAi(times(
                2,
                toolCalls("use_skill", "{\"skill_name\":\"reward_judge_fair\",\"reason\":\"pairwise\"}"),
                toolCalls("view_resource", "{\"path\":\"rubrics/generic_pairwise.md\",\"reason\":\"rubric\"}"),
                finalAnswer("{\"verdict\":\"A\",\"rationale\":\"A is correct\"}")))) {
            Runs.Result report = run(pkg, two, EvalMode.PAIRWISE, server, Judging.DEFAULT);

            assertThat(report.results())
                    .allSatisfy(r -> assertThat(r.decision().verdict()).isEqualTo("A"));
            for (SampleResult r : report.results()) {
                assertThat(r.match()).isEqualTo("A".equals(r.expected()));
            }
            Trace t = report.traces().get(0);
            assertThat(calls(t, "use_skill")).hasSize(1);
            assertThat(calls(t, "view_resource").get(0).result())
                    .containsEntry("ok", true)
                    .containsEntry("path", "rubrics/generic_pairwise.md");
            // JudgeBench's contract is A or B: Tie is not offered.
            assertThat(server.requests.get(0).toString())
                    .contains("\"enum\":[\"A\",\"B\"]")
                    .doesNotContain("\"Tie\"");
            // No label, no generating model reaches the judge.
            assertThat(server.requests.toString())
                    .doesNotContain("gpt-4o-2024-05-13")
                    .doesNotContain("A>B");
            assertTokensPerCall(t);
            writeAndCheckNoSecret(report);
        }
    }

    @Test
    void swapReportsWhetherBothOrdersAgreeAndInconsistencyIsAStateNotACoinFlip() throws Exception {
        SkillPackage pkg = upstream("reward_judge_fair");
        Path bench = SharedData.require("judgebench/dataset=judgebench,response_model=gpt-4o-2024-05-13.jsonl");
        List<Sample> two = SampleSources.read(bench, Optional.of(SampleFormat.JUDGEBENCH), 0)
                .samples()
                .subList(0, 2);
        // Sample 1: A, then B in the swapped order (= A): consistent. Sample 2: A both times: inconsistent.
        try (FakeOpenAi server = new FakeOpenAi(
                finalAnswer("{\"verdict\":\"A\"}"),
                finalAnswer("{\"verdict\":\"B\"}"),
                finalAnswer("{\"verdict\":\"A\"}"),
                finalAnswer("{\"verdict\":\"A\"}"))) {
            Runs.Result report = run(pkg, two, EvalMode.PAIRWISE, server, new Judging(false, true));

            SampleResult first = report.results().get(0);
            assertThat(first.positionConsistent()).isTrue();
            assertThat(first.decision().verdict()).isEqualTo("A");
            SampleResult second = report.results().get(1);
            assertThat(second.positionConsistent()).isFalse();
            assertThat(second.decision().isScored()).isFalse();
            assertThat(second.decision().reason()).isEqualTo(UnscoredReason.POSITION_INCONSISTENT);
            assertThat(second.decision().verdict()).isNull();
            // The swapped request really carries B's text first.
            assertThat(server.requests.get(1).toString())
                    .contains(two.get(0)
                            .responses()
                            .get(1)
                            .substring(0, 40)
                            .replace("\n", "\\n")
                            .replace("\"", "\\\""));
            assertThat(server.calls()).isEqualTo(4);
            var summary = report.outcome().summary();
            assertThat(summary.positionConsistency().pairs()).isEqualTo(2);
            assertThat(summary.positionConsistency().consistent()).isEqualTo(1);
            assertThat(summary.positionConsistency().rate()).isEqualTo(0.5);
            assertThat(summary.unscoredByReason()).containsEntry("position_inconsistent", 1);
            assertThat(summary.notes()).anyMatch(n -> n.contains("1 of 2 pairs changed verdict"));
            assertThat(summary.provenance().settings()).containsEntry("swap", true);
        }
    }

    @Test
    void listwiseOnRewardJudgeOperationalWithTaskMetadataSanitized() throws Exception {
        SkillPackage pkg = upstream("reward_judge_operational");
        Path rows = tmp.resolve("rb2.jsonl");
        Files.writeString(
                rows,
                "{\"id\":\"rb2-1\",\"prompt\":\"2+2?\",\"chosen\":[\"4\"],\"rejected\":[\"5\",\"3\",\"22\"],"
                        + "\"subset\":\"Math\",\"additional_metadata\":{\"chosen_model\":\"m1\",\"difficulty\":\"easy\","
                        + "\"Preference\":\"A\"}}\n");
        SampleSet set = SampleSources.read(rows, Optional.empty(), 0);
        assertThat(set.errors()).isEmpty();
        Sample s = set.samples().get(0);
        String chosenLabel = (String) s.expected().orElseThrow().value();
        assertThat(s.responses().get(chosenLabel.charAt(0) - 'A')).isEqualTo("4");
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"reward_judge_operational\",\"reason\":\"rb2\"}"),
                toolCalls("view_resource", "{\"path\":\"sample.task_metadata\",\"reason\":\"meta\"}"),
                toolCalls("view_resource", "{\"path\":\"rubrics/rewardbench2.md\",\"reason\":\"rubric\"}"),
                finalAnswer("{\"verdict\":\"" + chosenLabel + "\"}"))) {
            Runs.Result report = run(pkg, set.samples(), EvalMode.LISTWISE, server, Judging.DEFAULT);

            SampleResult r = report.results().get(0);
            assertThat(r.decision().best()).isEqualTo(chosenLabel.charAt(0) - 'A');
            assertThat(r.match()).isTrue();
            Trace t = report.traces().get(0);
            ToolCall meta = calls(t, "view_resource").get(0);
            assertThat(meta.result())
                    .containsEntry("resource_id", "sample.task_metadata")
                    .containsEntry("resource_type", "sample_resource");
            assertThat(meta.result().get("content").toString())
                    .contains("RewardBench2", "Math", "difficulty")
                    .doesNotContain("chosen_model", "m1", "Preference");
            assertThat(calls(t, "view_resource").get(1).result()).containsEntry("ok", true);
            assertThat(server.requests.get(0).toString()).contains("\"enum\":[\"A\",\"B\",\"C\",\"D\"]");
            assertTokensPerCall(t);
            writeAndCheckNoSecret(report);
        }
    }

    @Test
    void instructionFollowingWithoutResourcesYamlIsJudgedWhole() throws Exception {
        SkillPackage pkg = upstream("instruction_following");
        SampleSet set = jsonl("{\"id\":\"i1\",\"prompt\":\"Say hi in lowercase.\",\"response\":\"hi\"}");
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"instruction_following\",\"reason\":\"IF\"}"),
                toolCalls("view_resource", "{\"path\":\"scripts/constraint_tools.py\",\"reason\":\"helpers\"}"),
                finalAnswer("{\"score\":1.0}"))) {
            Runs.Result report = run(pkg, set.samples(), EvalMode.POINTWISE, server, Judging.DEFAULT);

            assertThat(report.results().get(0).decision().score()).isEqualTo(1.0);
            Trace t = report.traces().get(0);
            assertThat(calls(t, "use_skill").get(0).result()).containsEntry("ok", true);
            assertThat(calls(t, "view_resource").get(0).result())
                    .containsEntry("ok", true)
                    .containsEntry("path", "scripts/constraint_tools.py");
            assertTokensPerCall(t);
        }
    }

    @Test
    void serverErrorsLeaveEverySampleUnscoredWithAReasonAndNoNumber() throws Exception {
        for (String name : List.of(
                "instruction_following_pointwise",
                "reward_judge_fair",
                "reward_judge_operational",
                "instruction_following")) {
            SkillPackage pkg = upstream(name);
            try (FakeOpenAi server = new FakeOpenAi(status(500, "{\"error\":\"down " + SECRET.length() + "\"}"))) {
                Runs.Result report = run(
                        pkg,
                        jsonl("{\"id\":\"a\",\"response\":\"x\"}", "{\"id\":\"b\",\"response\":\"y\"}")
                                .samples(),
                        EvalMode.POINTWISE,
                        server,
                        Judging.DEFAULT);
                assertThat(report.results()).as(name).hasSize(2).allSatisfy(r -> {
                    assertThat(r.decision().isScored()).isFalse();
                    assertThat(r.decision().reason()).isEqualTo(UnscoredReason.BACKEND_ERROR);
                    assertThat(r.decision().score()).isNull();
                    assertThat(r.scores()).isEmpty();
                });
                writeAndCheckNoSecret(report);
            }
        }
    }

    @Test
    void garbageAnswersLeaveEverySampleUnscoredWithAReason() throws Exception {
        SkillPackage pkg = upstream("reward_judge_operational");
        try (FakeOpenAi server = new FakeOpenAi(
                text("I think both are fine, hard to say."),
                finalAnswer("{\"verdict\":\"maybe\"}"),
                finalAnswer("{\"verdict\":\"E\"}"))) {
            SampleSet set =
                    jsonl("{\"id\":\"a\",\"responses\":[\"x\",\"y\"]}", "{\"id\":\"b\",\"responses\":[\"y\",\"x\"]}");
            Runs.Result report = run(pkg, set.samples(), EvalMode.PAIRWISE, server, Judging.DEFAULT);
            assertThat(report.results()).hasSize(2).allSatisfy(r -> {
                assertThat(r.decision().isScored()).isFalse();
                assertThat(r.decision().reason()).isIn(UnscoredReason.PARSE_ERROR, UnscoredReason.NO_FINAL_ANSWER);
                assertThat(r.decision().verdict()).isNull();
                assertThat(r.match()).isNull();
            });
            writeAndCheckNoSecret(report);
        }
    }

    @Test
    void hybridRunsTheChecklistNativelyFirstAndGivesTheModelItsResults() throws Exception {
        SkillPackage pkg = new PackageLoader()
                .load(Path.of("../sample-skills/skills/if-checklist-pointwise"))
                .skillPackage()
                .orElseThrow();
        SampleSet set = jsonl("{\"id\":\"h1\",\"prompt\":\"Write about tea.\",\"response\":\"Tea is good.\"}");
        String name = pkg.skillDocument().flatMap(d -> d.name()).orElseThrow();
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"" + name + "\",\"reason\":\"r\"}"),
                toolCalls("view_resource", "{\"resource_id\":\"sample.native_checklist_results\",\"reason\":\"r\"}"),
                finalAnswer("{\"score\":0.5}"))) {
            Runs.Result report = run(pkg, set.samples(), EvalMode.POINTWISE, server, new Judging(true, false));
            assertThat(report.results().get(0).decision().score()).isEqualTo(0.5);
            Trace t = report.traces().get(0);
            List<TraceEvent> ev = t.events();
            int firstVerifier = indexOf(ev, TraceEvents.VerifierRun.class);
            int firstTurn = indexOf(ev, ModelTurn.class);
            assertThat(firstVerifier).isNotNegative().isLessThan(firstTurn);
            assertThat(calls(t, "view_resource").get(0).result()).containsEntry("ok", true);
            assertThat(calls(t, "view_resource").get(0).result().get("content").toString())
                    .contains("\"items\"");
        }
    }

    static int indexOf(List<TraceEvent> events, Class<?> type) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        return -1;
    }
}

package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static io.skillstudio.evaluator.judge.UpstreamWholeSkillTest.calls;
import static io.skillstudio.evaluator.judge.UpstreamWholeSkillTest.times;
import static io.skillstudio.evaluator.judge.UpstreamWholeSkillTest.upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.EvaluatorOptions;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleFormat;
import io.skillstudio.evaluator.sample.SampleSources;
import io.skillstudio.evaluator.sandbox.PythonRuntime;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.testsupport.Runs;
import io.skillstudio.evaluator.testsupport.SharedData;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * R2's VerInstruct verifiers with Python code (skillrm-format.md §5.4): a THU-KEG IFBench row's prompt
 * and responses, with checkers that carry verifier code for three of its constraints, judged whole on
 * instruction_following_pointwise. The code runs in the bubblewrap boundary; the model sees upstream's
 * {@code satisfied_count}/{@code total_count} for each response. Runs wherever bwrap is installed (CI).
 */
class VerifierCodeWholeSkillTest {

    static final List<Map<String, Object>> CHECKERS = List.of(
            Map.of(
                    "id",
                    "paragraphs",
                    "text",
                    "exactly 2 paragraphs",
                    "function",
                    "two_paragraphs",
                    "code",
                    "def helper(t):\n    return t\n\ndef two_paragraphs(response):\n"
                            + "    return len([p for p in response.split('\\n\\n') if p.strip()]) == 2\n"),
            Map.of(
                    "id",
                    "kw_cloud",
                    "text",
                    "include the keyword 'cloud storage'",
                    "code",
                    "def check(response):\n    return {'passed': 'cloud storage' in response.lower()}\n"),
            Map.of(
                    "id",
                    "kw_open",
                    "text",
                    "include the keyword 'open-source'",
                    "code",
                    "import re\ndef verify(prompt, response):\n"
                            + "    return 'yes' if re.search(r'open-source', response, re.I) else 'no'\n"),
            Map.of("id", "tone", "text", "a tone of excitement and enthusiasm"));

    static boolean bwrapInstalled() {
        return List.of("/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap").stream()
                .anyMatch(p -> Files.isExecutable(Path.of(p)));
    }

    /** IFBench row 0 as two pointwise samples (its chosen and rejected responses), with the checkers. */
    static List<Sample> ifbenchRow0() throws Exception {
        Path data = SharedData.require("thukeg-ifbench/data.converted.json");
        Sample pair = SampleSources.read(data, Optional.of(SampleFormat.IFBENCH), 0)
                .samples()
                .get(0);
        String chosen = (String) pair.expected().orElseThrow().value();
        int c = chosen.charAt(0) - 'A';
        Map<String, Object> meta = new LinkedHashMap<>(pair.metadata());
        meta.put("checkers", CHECKERS);
        return List.of(
                new Sample(
                        pair.id() + "-chosen",
                        1,
                        pair.prompt(),
                        List.of(pair.responses().get(c)),
                        "",
                        List.of(),
                        meta,
                        Optional.empty(),
                        Optional.empty()),
                new Sample(
                        pair.id() + "-rejected",
                        2,
                        pair.prompt(),
                        List.of(pair.responses().get(1 - c)),
                        "",
                        List.of(),
                        meta,
                        Optional.empty(),
                        Optional.empty()));
    }

    @Test
    void verifyAllRunsTheSamplesVerifierCodeInTheSandboxAndCountsLikeUpstream() throws Exception {
        assumeTrue(bwrapInstalled(), "bubblewrap not installed: VerifierSandboxTest covers the unavailable path");
        assertThat(PythonRuntime.detect(Optional.empty()).filter(PythonRuntime::boundary))
                .as("bwrap is installed, so the boundary must work")
                .isPresent();
        SkillPackage pkg = upstream("instruction_following_pointwise");
        List<Sample> samples = ifbenchRow0();
        assertThat(samples.get(0).prompt()).contains("exactly 2 paragraphs", "'cloud storage'");
        try (FakeOpenAi server = new FakeOpenAi(times(
                2,
                toolCalls("use_skill", "{\"skill_name\":\"instruction_following_pointwise\",\"reason\":\"IF\"}"),
                toolCalls("run_resource", "{\"resource_id\":\"sample.verinstruct.verify_all\",\"reason\":\"rules\"}"),
                toolCalls(
                        "view_resource",
                        "{\"resource_id\":\"sample.verinstruct.verifier.kw_open\",\"reason\":\"code\"}"),
                finalAnswer("{\"score\":0.5}")))) {
            Judge judge = JudgeHarness.judge(
                    JudgeHarness.settings(server), JudgeCache.NONE, LoopConfig.DEFAULT, Optional.empty(), Map.of());
            SampleEvaluator ev = new SampleEvaluator(
                    EvalSubject.of(pkg, Optional.empty()),
                    EvalSettings.of(EvalMode.POINTWISE),
                    VerifierRegistry.standard(),
                    Clock.systemUTC(),
                    Optional.of(judge),
                    EvaluatorOptions.DEFAULT);
            Runs.Result report = Runs.run(ev, samples, 1, RunListener.NONE);

            assertThat(report.results())
                    .allSatisfy(r -> assertThat(r.decision().score()).isEqualTo(0.5));
            Map<String, Object> chosen = verifyAll(report, 0);
            assertThat(chosen)
                    .containsEntry("verdict", "ok")
                    .containsEntry("satisfied_count", 3)
                    .containsEntry("total_count", 3)
                    .containsEntry("aggregate_rule_score", 1.0);
            assertThat(chosen.get("verifier_code_isolation")).isEqualTo(PythonRuntime.FULL);
            List<Map<String, Object>> items = list(chosen.get("per_item"));
            assertThat(items).hasSize(3); // the tone checker has no code: the model judges it
            assertThat(items.get(0))
                    .containsEntry("item_id", "paragraphs")
                    .containsEntry("verifier_name", "two_paragraphs")
                    .containsEntry("error", null);
            assertThat(items.get(1)).containsEntry("raw_result", Map.of("passed", true));
            assertThat(items.get(2)).containsEntry("raw_result", "yes");

            // The rejected response misses both keywords (IFBench level-3: one broken constraint, here two checks).
            Map<String, Object> rejected = verifyAll(report, 1);
            assertThat(rejected).containsEntry("satisfied_count", 1).containsEntry("total_count", 3);
            assertThat(list(rejected.get("per_item")).stream()
                            .map(i -> i.get("satisfied"))
                            .toList())
                    .containsExactly(true, false, false);

            ToolCall view = calls(report.traces().get(0), "view_resource").get(0);
            assertThat(view.result().get("content").toString()).contains("```python", "re.search(r'open-source'");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> verifyAll(Runs.Result report, int sample) {
        ToolCall run = calls(report.traces().get(sample), "run_resource").get(0);
        assertThat(run.ok()).isTrue();
        return (Map<String, Object>) run.result().get("result");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }
}

package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.text;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop against a scripted OpenAI-compatible server: tool use, evidence and the three contracts. */
class AgentLoopTest {
    @TempDir
    Path tmp;

    SkillPackage pkg;

    @BeforeEach
    void load() throws Exception {
        pkg = TestPackages.judgeSkill(tmp);
    }

    static JudgeSample pointwise() {
        return JudgeSample.pointwise("s1", "Answer in at most five words.", "Paris is the capital city.");
    }

    @Test
    void loadsSkillViewsRubricRunsVerifierAndScores() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"if-judge\",\"reason\":\"IF task\"}"),
                toolCalls(
                        "view_resource",
                        "{\"path\":\"rubrics/main.md\",\"reason\":\"rubric\"}",
                        "run_resource",
                        "{\"resource_id\":\"verifier.words\",\"reason\":\"length\"}"),
                finalAnswer("{\"score\":0.8,\"reason\":\"five words\"}"))) {
            JudgeOutcome out = JudgeHarness.judge(server).judge(pkg, pointwise());

            assertThat(out.scored()).isTrue();
            assertThat(out.score()).contains(0.8);
            assertThat(out.rationale()).isEqualTo("five words");
            assertThat(out.events()).filteredOn(ModelTurn.class::isInstance).hasSize(3);
            List<ToolCall> calls = out.events().stream()
                    .filter(ToolCall.class::isInstance)
                    .map(ToolCall.class::cast)
                    .toList();
            assertThat(calls)
                    .extracting(ToolCall::name)
                    .containsExactly("use_skill", "view_resource", "run_resource", "final_answer");
            ToolCall run = calls.get(2);
            assertThat(run.ok()).isTrue();
            assertThat(run.result()).containsEntry("verifier", "constraint.word_count");
            assertThat(run.result().get("result").toString()).contains("value=5.0");
            assertThat(out.cost().modelCalls()).isEqualTo(3);
            assertThat(out.cost().tokensIn()).isEqualTo(300);
            assertThat(out.cost().tokensOut()).isEqualTo(60);

            // The second request offered the post-load tools and carried the tool result back.
            JsonNode second = server.requests.get(1);
            assertThat(second.path("tools").findValuesAsText("name"))
                    .containsExactly("list_resources", "view_resource", "run_resource", "final_answer");
            JsonNode toolMsg = second.path("messages").get(3);
            assertThat(toolMsg.path("role").asText()).isEqualTo("tool");
            assertThat(toolMsg.path("content").asText()).contains("skill_controller");
        }
    }

    @Test
    void traceToolChoiceIsLocaleIndependent() throws Exception {
        Locale saved = Locale.getDefault();
        // Turkish lower-cases "I" to a dotless i: REQUIRED would be traced as "requıred".
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"if-judge\",\"reason\":\"r\"}"),
                finalAnswer("{\"score\":1}"))) {
            JudgeOutcome out = JudgeHarness.judge(
                            JudgeHarness.settings(server),
                            JudgeCache.NONE,
                            LoopConfig.DEFAULT.withMaxSteps(1),
                            Optional.empty(),
                            Map.of())
                    .judge(pkg, pointwise());
            assertThat(out.events())
                    .filteredOn(ModelTurn.class::isInstance)
                    .extracting(e -> ((ModelTurn) e).toolChoice())
                    .contains("required")
                    .allMatch(c -> c.matches("[a-z_]+"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void firstRequestOffersOnlyUseSkillAndFinalAnswer() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"score\":1}"))) {
            JudgeHarness.judge(server).judge(pkg, pointwise());
            assertThat(server.requests.get(0).path("tools").findValuesAsText("name"))
                    .containsExactly("use_skill", "final_answer");
            assertThat(server.requests.get(0).path("tool_choice").asText()).isEqualTo("auto");
        }
    }

    @Test
    void runResourceOnReferenceOrMissingVerifierIsAnErrorResultNotACrash() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"if-judge\",\"reason\":\"r\"}"),
                toolCalls(
                        "run_resource",
                        "{\"resource_id\":\"rubric.main\",\"reason\":\"r\"}",
                        "run_resource",
                        "{\"resource_id\":\"verifier.missing\",\"reason\":\"r\"}",
                        "view_resource",
                        "{\"path\":\"../etc/passwd\",\"reason\":\"r\"}",
                        "list_resources",
                        "{not json"),
                finalAnswer("{\"score\":0.5}"))) {
            JudgeOutcome out = JudgeHarness.judge(server).judge(pkg, pointwise());
            List<ToolCall> calls = out.events().stream()
                    .filter(ToolCall.class::isInstance)
                    .map(ToolCall.class::cast)
                    .toList();
            assertThat(List.of(calls.get(1), calls.get(3), calls.get(4))).allMatch(c -> !c.ok());
            assertThat(calls.get(1).result().get("error").toString()).contains("not executable");
            // A runtime_verifier without a runner is upstream's ok:true with an inconclusive result.
            assertThat(calls.get(2).ok()).isTrue();
            assertThat(calls.get(2).result().get("result").toString())
                    .contains("verdict=inconclusive", "reason=resource runner is not implemented");
            assertThat(calls.get(3).result().get("error").toString()).contains("unsafe");
            assertThat(calls.get(4).result().get("error").toString()).contains("decode failed");
            assertThat(out.score()).contains(0.5);
        }
    }

    @Test
    void toolsBeforeUseSkillAreRefused() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("view_resource", "{\"path\":\"rubrics/main.md\",\"reason\":\"r\"}"),
                finalAnswer("{\"score\":0.25}"))) {
            JudgeOutcome out = JudgeHarness.judge(server).judge(pkg, pointwise());
            ToolCall first = (ToolCall) out.events().get(1);
            assertThat(first.result()).containsEntry("error", "skill is not loaded; call use_skill first");
            assertThat(out.score()).contains(0.25);
        }
    }

    @Test
    void pairwiseVerdictsAreNormalised() throws Exception {
        JudgeSample s = new JudgeSample("p1", JudgeMode.PAIRWISE, "", "", "q", List.of("a", "b"), "", List.of());
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"verdict\":\"B>A\"}"))) {
            assertThat(JudgeHarness.judge(server).judge(pkg, s).label()).contains("B");
            assertThat(server.requests
                            .get(0)
                            .path("tools")
                            .get(1)
                            .path("function")
                            .path("parameters")
                            .path("properties")
                            .path("verdict")
                            .path("enum")
                            .toString())
                    .isEqualTo("[\"A\",\"B\",\"Tie\"]");
        }
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"verdict\":\"tie\"}"))) {
            assertThat(JudgeHarness.judge(server).judge(pkg, s).label()).contains("Tie");
        }
    }

    @Test
    void listwiseBestOfFourAcceptsAPlainTextBracketLabel() throws Exception {
        JudgeSample s =
                new JudgeSample("l1", JudgeMode.LISTWISE, "", "", "q", List.of("a", "b", "c", "d"), "", List.of());
        try (FakeOpenAi server = new FakeOpenAi(text("After comparing, the best is [[C]]."))) {
            JudgeOutcome out = JudgeHarness.judge(server).judge(pkg, s);
            assertThat(out.label()).contains("C");
        }
    }

    @Test
    void modelItemsAreJudgedInTheSameLoop() throws Exception {
        JudgeSample s = pointwise()
                .withModelItems(List.of(
                        new JudgeSample.ModelItem("tone", "polite tone"),
                        new JudgeSample.ModelItem("facts", "facts correct")));
        try (FakeOpenAi server = new FakeOpenAi(
                finalAnswer("{\"score\":0.5,\"items\":[{\"id\":\"tone\",\"satisfied\":true,\"reason\":\"ok\"}]}"))) {
            JudgeOutcome out = JudgeHarness.judge(server).judge(pkg, s);
            assertThat(out.items()).hasSize(2);
            assertThat(out.items().get(0).satisfied()).contains(true);
            assertThat(out.items().get(1).reason()).contains(UnscoredReason.NO_FINAL_ANSWER);
            assertThat(server.requests.get(0).toString()).contains("facts correct");
        }
    }

    @Test
    void invalidAnswerIsRetriedOnceThenAccepted() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"score\":1.7}"), finalAnswer("{\"score\":0.9}"))) {
            JudgeOutcome out = JudgeHarness.judge(server).judge(pkg, pointwise());
            assertThat(out.score()).contains(0.9);
            assertThat(server.requests.get(1).toString()).contains("Your final answer was invalid");
            assertThat(((ModelTurn) out.events().get(2)).phase()).isEqualTo("retry_invalid");
        }
    }
}

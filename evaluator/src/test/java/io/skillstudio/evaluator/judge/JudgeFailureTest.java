package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.slow;
import static io.skillstudio.evaluator.judge.FakeOpenAi.status;
import static io.skillstudio.evaluator.judge.FakeOpenAi.text;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fault injection: every failure ends unscored with its documented reason, never as a number. */
class JudgeFailureTest {
    @TempDir
    Path tmp;

    SkillPackage pkg;
    final JudgeSample sample = JudgeSample.pointwise("s1", "Say hi.", "hi");

    @BeforeEach
    void load() throws Exception {
        pkg = TestPackages.judgeSkill(tmp);
    }

    private static void assertUnscored(JudgeOutcome out, UnscoredReason reason) {
        assertThat(out.scored()).as("scored").isFalse();
        assertThat(out.reason()).contains(reason);
        assertThat(out.score()).isEmpty();
        assertThat(out.label()).isEmpty();
    }

    @Test
    void http500IsRetriedWithBackoffThenBackendError() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(status(500, "{\"error\":{\"message\":\"boom\"}}"))) {
            JudgeOutcome out = JudgeHarness.judge(server).judge(pkg, sample);
            assertUnscored(out, UnscoredReason.BACKEND_ERROR);
            assertThat(server.calls()).isEqualTo(2); // 1 attempt + 1 retry
            ModelTurn turn = (ModelTurn) out.events().get(0);
            assertThat(turn.attempts()).isEqualTo(2);
            assertThat(turn.error()).startsWith("backend_error: HTTP 500");
        }
    }

    @Test
    void http500ThenSuccessScores() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(status(500, "{}"), finalAnswer("{\"score\":0.4}"))) {
            assertThat(JudgeHarness.judge(server).judge(pkg, sample).score()).contains(0.4);
        }
    }

    @Test
    void http400IsNotRetried() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(status(400, "{\"error\":{\"message\":\"bad model\"}}"))) {
            assertUnscored(JudgeHarness.judge(server).judge(pkg, sample), UnscoredReason.BACKEND_ERROR);
            assertThat(server.calls()).isEqualTo(1);
        }
    }

    @Test
    void replySlowerThanTheTimeoutIsTimeout() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(slow(finalAnswer("{\"score\":1}"), 1500))) {
            JudgeSettings s = JudgeHarness.settings(server)
                    .withTimeout(Duration.ofMillis(300))
                    .withRetries(0, Duration.ZERO);
            JudgeOutcome out = JudgeHarness.judge(s, JudgeCache.NONE, LoopConfig.DEFAULT, Optional.empty(), Map.of())
                    .judge(pkg, sample);
            assertUnscored(out, UnscoredReason.TIMEOUT);
        }
    }

    @Test
    void invalidJsonBodyIsBackendError() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(new FakeOpenAi.Reply(200, "{\"choices\": [ this is not json", 0))) {
            assertUnscored(JudgeHarness.judge(server).judge(pkg, sample), UnscoredReason.BACKEND_ERROR);
        }
    }

    @Test
    void invalidJsonInFinalAnswerArgumentsIsParseError() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"score\": 0.5,,}"))) {
            assertUnscored(JudgeHarness.judge(server).judge(pkg, sample), UnscoredReason.PARSE_ERROR);
            assertThat(server.calls()).isEqualTo(3); // first, invalid-answer retry, forced finalization
        }
    }

    @Test
    void textWithoutAnyAnswerIsNoFinalAnswer() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(text("The response looks fine to me."))) {
            JudgeOutcome out = JudgeHarness.judge(server).judge(pkg, sample);
            assertUnscored(out, UnscoredReason.NO_FINAL_ANSWER);
            ModelTurn forced = (ModelTurn) out.events().get(out.events().size() - 1);
            assertThat(forced.phase()).isEqualTo("forced");
            assertThat(forced.toolChoice()).isEqualTo("required");
            assertThat(forced.tools()).containsExactly("final_answer");
            assertThat(server.requests
                            .get(server.calls() - 1)
                            .path("max_tokens")
                            .asInt())
                    .isEqualTo(512);
        }
    }

    @Test
    void scoreAboveOneIsOutOfRangeNotClamped() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"score\":1.7}"))) {
            JudgeOutcome out = JudgeHarness.judge(server).judge(pkg, sample);
            assertUnscored(out, UnscoredReason.SCORE_OUT_OF_RANGE);
            assertThat(out.detail()).contains("1.7");
        }
    }

    @Test
    void nanScoreIsOutOfRangeNotHalf() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"score\":NaN}"))) {
            JudgeOutcome out = JudgeHarness.judge(server).judge(pkg, sample);
            assertUnscored(out, UnscoredReason.SCORE_OUT_OF_RANGE);
            assertThat(out.detail()).contains("NaN");
        }
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"score\":\"NaN\"}"))) {
            assertUnscored(JudgeHarness.judge(server).judge(pkg, sample), UnscoredReason.SCORE_OUT_OF_RANGE);
        }
    }

    @Test
    void repeatedUnknownToolIsUnknownTool() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(toolCalls("search_web", "{\"q\":\"answer\"}"))) {
            JudgeOutcome out = JudgeHarness.judge(server).judge(pkg, sample);
            assertUnscored(out, UnscoredReason.UNKNOWN_TOOL);
            assertThat(server.calls()).isEqualTo(2);
            assertThat(server.requests.get(1).toString()).contains("unknown tool: search_web");
        }
    }

    @Test
    void oneUnknownToolIsRecoverable() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(toolCalls("search_web", "{}"), finalAnswer("{\"score\":0.6}"))) {
            assertThat(JudgeHarness.judge(server).judge(pkg, sample).score()).contains(0.6);
        }
    }

    @Test
    void toolCallsForeverExhaustTheStepBudget() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(toolCalls("list_resources", "{}"))) {
            JudgeSettings s = JudgeHarness.settings(server);
            JudgeOutcome out = JudgeHarness.judge(
                            s, JudgeCache.NONE, LoopConfig.DEFAULT.withMaxSteps(3), Optional.empty(), Map.of())
                    .judge(pkg, sample);
            assertUnscored(out, UnscoredReason.STEP_BUDGET_EXHAUSTED);
            assertThat(server.calls()).isEqualTo(4); // 3 steps + forced finalization
        }
    }

    @Test
    void forcedFinalizationRescuesAnExhaustedBudget() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("list_resources", "{}"), toolCalls("list_resources", "{}"), finalAnswer("{\"score\":0.3}"))) {
            JudgeSettings s = JudgeHarness.settings(server);
            JudgeOutcome out = JudgeHarness.judge(
                            s, JudgeCache.NONE, LoopConfig.DEFAULT.withMaxSteps(2), Optional.empty(), Map.of())
                    .judge(pkg, sample);
            assertThat(out.score()).contains(0.3);
            assertThat(out.forced()).isTrue();
        }
    }

    @Test
    void refusalTextIsRefusal() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(text("I'm sorry, but I cannot help evaluate this content."))) {
            assertUnscored(JudgeHarness.judge(server).judge(pkg, sample), UnscoredReason.REFUSAL);
        }
    }

    @Test
    void contentFilterFinishIsRefusal() throws Exception {
        String body = FakeOpenAi.text("").body().replace("\"stop\"", "\"content_filter\"");
        try (FakeOpenAi server = new FakeOpenAi(new FakeOpenAi.Reply(200, body, 0))) {
            assertUnscored(JudgeHarness.judge(server).judge(pkg, sample), UnscoredReason.REFUSAL);
        }
    }

    @Test
    void pairwiseAbstainIsRefusal() throws Exception {
        JudgeSample s = new JudgeSample("p", JudgeMode.PAIRWISE, "", "", "q", List.of("a", "b"), "", List.of());
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"verdict\":\"Abstain\"}"))) {
            assertUnscored(JudgeHarness.judge(server).judge(pkg, s), UnscoredReason.REFUSAL);
        }
    }

    @Test
    void missingApiKeyVariableFailsBeforeAnyCall() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"score\":1}"))) {
            JudgeSettings s = JudgeHarness.settings(server).withApiKeyEnv("SKILLSTUDIO_TEST_UNSET_KEY");
            Assertions.assertThatThrownBy(() ->
                            JudgeHarness.judge(s, JudgeCache.NONE, LoopConfig.DEFAULT, Optional.empty(), Map.of()))
                    .hasMessageContaining("SKILLSTUDIO_TEST_UNSET_KEY");
            assertThat(server.calls()).isZero();
        }
    }
}

package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.aggregate.ItemScore;
import io.skillstudio.evaluator.metrics.JudgeCost;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.metrics.SummaryBuilder;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.score.ScoreStatus;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.testsupport.Runs;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.verify.Outcome;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code judge: model} checklist items go through the judge and join the aggregation with the rest. */
class ModelItemsInEvaluationTest {

    static final Path PACKAGE = Path.of("../sample-skills/skills/if-checklist-pointwise");

    @Test
    void modelItemIsDecidedByTheJudgeAndAggregatedWithVerifierItems() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer(
                "{\"score\":0.9,\"items\":[{\"id\":\"task_intent\",\"satisfied\":false,\"reason\":\"off topic\"}]}"))) {
            Evaluation e = evaluator(Optional.of(JudgeHarness.judge(server))).evaluate(firstSample());

            ItemScore intent = item(e, "task_intent");
            assertThat(intent.score().isScored()).isTrue();
            assertThat(intent.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(intent.verifier()).isEqualTo("judge:model");
            assertThat(e.trace().events()).anyMatch(ModelTurn.class::isInstance);
            assertThat(e.result().provenance().judgeModel()).isEqualTo("fake-judge");
            assertThat(e.result().provenance().settings()).containsKey("judge");
            assertThat(e.result().provenance().settings().get("judge").toString())
                    .contains("maxSteps=7", "pythonSandbox=false", "maxSandboxCalls=3");
            assertThat(server.requests.get(0).toString()).contains("task_intent");
        }
    }

    @Test
    void runSummaryAccountsForJudgeCostAndProjectsAnRlRun() throws Exception {
        try (FakeOpenAi server =
                new FakeOpenAi(finalAnswer("{\"score\":1,\"items\":[{\"id\":\"task_intent\",\"satisfied\":true}]}"))) {
            SampleEvaluator evaluator = evaluator(Optional.of(JudgeHarness.judge(server)));
            List<Sample> samples = SampleReader.read(PACKAGE.resolve("evals/samples.jsonl"))
                    .samples()
                    .subList(0, 3);
            Runs.Result run = Runs.run(evaluator, samples);
            SummaryBuilder b = new SummaryBuilder(
                    evaluator.provenance(), EvalMode.POINTWISE, Optional.of(new long[] {128, 8, 10}), 4);
            for (int i = 0; i < samples.size(); i++) {
                b.add(run.results().get(i), run.traces().get(i));
            }
            JudgeCost cost = b.build(RunSummary.COMPLETED, 0, 1).judgeCost();
            assertThat(run.outcome().summary().judgeCost())
                    .as("the service's own summary counts it too")
                    .isNotNull();
            assertThat(cost.perReward().rewardCalls()).isEqualTo(3);
            assertThat(cost.perReward().modelCallsPerReward()).isEqualTo(1.0);
            assertThat(cost.perReward().tokensInPerReward()).isPositive();
            assertThat(cost.rlProjection().rewardCalls()).isEqualTo(128L * 8 * 10);
            assertThat(cost.rlProjection().modelCalls()).isEqualTo(128.0 * 8 * 10);
            assertThat(Runs.run(evaluator(Optional.empty()), samples)
                            .outcome()
                            .summary()
                            .judgeCost())
                    .isNull();
        }
    }

    @Test
    void backendFailureLeavesTheItemUnscoredWithItsReasonNotAGuess() throws Exception {
        try (FakeOpenAi server = new FakeOpenAi(status(500, "{\"error\":\"down\"}"))) {
            Evaluation e = evaluator(Optional.of(JudgeHarness.judge(server))).evaluate(firstSample());

            ItemScore intent = item(e, "task_intent");
            assertThat(intent.score().isScored()).isFalse();
            assertThat(intent.score().reason()).isEqualTo(UnscoredReason.BACKEND_ERROR);
            assertThat(e.result().decision().status())
                    .as("deterministic items still give a value, marked partial")
                    .isEqualTo(ScoreStatus.PARTIAL);
            assertThat(e.result().decision().reason()).isEqualTo(UnscoredReason.BACKEND_ERROR);
            assertThat(e.result().unjudged()).anySatisfy(u -> {
                assertThat(u.item()).isEqualTo("task_intent");
                assertThat(u.reason()).isEqualTo(UnscoredReason.BACKEND_ERROR);
            });
        }
    }

    @Test
    void withoutAJudgeModelItemsAreJudgeUnavailable() throws Exception {
        Evaluation e = evaluator(Optional.empty()).evaluate(firstSample());
        assertThat(item(e, "task_intent").score().reason()).isEqualTo(UnscoredReason.JUDGE_UNAVAILABLE);
        assertThat(e.trace().events()).noneMatch(ModelTurn.class::isInstance);
    }

    private static SampleEvaluator evaluator(Optional<Judge> judge) {
        SkillPackage pkg = new PackageLoader().load(PACKAGE).skillPackage().orElseThrow();
        return new SampleEvaluator(
                EvalSubject.of(pkg, Optional.empty()),
                EvalSettings.of(EvalMode.POINTWISE),
                VerifierRegistry.standard(),
                Clock.systemUTC(),
                judge);
    }

    private static Sample firstSample() throws Exception {
        return SampleReader.read(PACKAGE.resolve("evals/samples.jsonl"))
                .samples()
                .get(0);
    }

    private static ItemScore item(Evaluation e, String id) {
        List<TraceEvent> events = e.trace().events();
        return events.stream()
                .filter(TraceEvents.Aggregation.class::isInstance)
                .map(TraceEvents.Aggregation.class::cast)
                .flatMap(a -> a.breakdown().items().stream())
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}

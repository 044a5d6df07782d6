package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.slow;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.service.CollectingSink;
import io.skillstudio.evaluator.service.EvaluationService;
import io.skillstudio.evaluator.service.RunHandle;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.service.RunOutcome;
import io.skillstudio.evaluator.service.RunRequest;
import io.skillstudio.evaluator.service.SampleSource;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Cancel reaches into the agent loop: a model call in flight is aborted (the worker is interrupted; the
 * JDK HTTP client under LangChain4j gives up the exchange and rethrows), the sample ends {@code cancelled}
 * and the run says what did not finish.
 */
class CancelInFlightTest {

    /** Far longer than the test waits: only an aborted call lets the run end in time. */
    static final long SERVER_DELAY_MS = 300_000;

    @Test
    void cancelAbortsTheModelCallInFlightAndTheSampleIsCancelledNotScored() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(1);
        ExecutorService coordinator = Executors.newSingleThreadExecutor();
        try (FakeOpenAi server = new FakeOpenAi(slow(finalAnswer("{\"score\":1}"), SERVER_DELAY_MS))) {
            JudgeSettings settings = JudgeHarness.settings(server).withTimeout(Duration.ofMillis(SERVER_DELAY_MS * 2));
            Judge judge = JudgeHarness.judge(settings, JudgeCache.NONE, LoopConfig.DEFAULT, Optional.empty(), Map.of());
            SkillPackage pkg = new PackageLoader()
                    .load(ModelItemsInEvaluationTest.PACKAGE)
                    .skillPackage()
                    .orElseThrow();
            SampleEvaluator evaluator = new SampleEvaluator(
                    EvalSubject.of(pkg, Optional.empty()),
                    EvalSettings.of(EvalMode.POINTWISE),
                    VerifierRegistry.standard(),
                    Clock.systemUTC(),
                    Optional.of(judge));
            List<Sample> samples = SampleReader.read(ModelItemsInEvaluationTest.PACKAGE.resolve("evals/samples.jsonl"))
                    .samples()
                    .subList(0, 3);
            CollectingSink sink = new CollectingSink();
            RunHandle handle = new EvaluationService(workers, coordinator)
                    .start(
                            new RunRequest(evaluator, SampleSource.of(samples), 1, sink, Optional.empty()),
                            RunListener.NONE);
            for (int i = 0; i < 600 && server.calls() == 0; i++) {
                Thread.sleep(50);
            }
            assertThat(server.calls()).as("the first model call is in flight").isEqualTo(1);

            handle.cancel();
            RunOutcome outcome = handle.completion().get(60, TimeUnit.SECONDS);

            assertThat(outcome.cancelled()).isTrue();
            assertThat(sink.results()).hasSize(1);
            SampleResult first = sink.results().get(0);
            assertThat(first.decision().reason()).isEqualTo(UnscoredReason.CANCELLED);
            assertThat(sink.traces().get(0).events())
                    .filteredOn(ModelTurn.class::isInstance)
                    .singleElement()
                    .satisfies(t -> assertThat(((ModelTurn) t).error()).startsWith("cancelled"));
            assertThat(outcome.summary().notStarted()).isEqualTo(2);
            assertThat(server.calls()).as("no call after the cancel").isEqualTo(1);
        } finally {
            workers.shutdownNow();
            coordinator.shutdownNow();
        }
    }
}

package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.service.CollectingSink;
import io.skillstudio.evaluator.service.EvaluationService;
import io.skillstudio.evaluator.service.RunHandle;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.service.RunOutcome;
import io.skillstudio.evaluator.service.RunRequest;
import io.skillstudio.evaluator.service.SampleSource;
import io.skillstudio.evaluator.testsupport.FakeVerifiers;
import io.skillstudio.evaluator.testsupport.Packages;
import io.skillstudio.evaluator.testsupport.Runs;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The evaluation service's run loop: order, progress, cancel, failures, reuse. */
class EvaluationServiceRunTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    static List<Sample> samples(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> SampleEvaluatorTest.sample(
                        "s" + i, List.of(i % 2 == 0 ? "hello there friend" : "bye"), List.of(), null))
                .toList();
    }

    static SampleEvaluator evaluator() {
        return SampleEvaluatorTest.evaluator(SampleEvaluatorTest.CHECKLIST, EvalSettings.of(EvalMode.POINTWISE));
    }

    /** An evaluator whose checklist is one item run by the test verifier {@code fn}. */
    static SampleEvaluator withVerifier(String id, BiFunction<VerifierInput, Params, VerifierResult> fn) {
        VerifierRegistry registry = VerifierRegistry.builder()
                .add(FakeVerifiers.verifier(id, List.of(), fn))
                .build();
        var pkg = Packages.withChecklist("rubrics/c.checklist.yaml", "items:\n  - id: c\n    verifier: " + id + "\n");
        return new SampleEvaluator(
                EvalSubject.of(pkg, Optional.empty()),
                EvalSettings.of(EvalMode.POINTWISE),
                registry,
                SampleEvaluatorTest.CLOCK);
    }

    private RunOutcome run(
            SampleEvaluator evaluator,
            List<Sample> samples,
            int threads,
            CollectingSink sink,
            RunListener listener,
            Consumer<RunHandle> onHandle) {
        RunRequest request = new RunRequest(evaluator, SampleSource.of(samples), threads, sink, Optional.empty());
        return new EvaluationService(pool, Runnable::run).run(request, listener, onHandle);
    }

    @Test
    void traceEventsReachTheListenerLiveBeforeTheirSampleIsDone() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        RunListener listener = new RunListener() {
            @Override
            public void traceEvent(String sampleId, TraceEvent event) {
                seen.add(sampleId + " " + event.id());
            }

            @Override
            public void sampleDone(Evaluation evaluation, int done, int total) {
                seen.add("done " + evaluation.result().sampleId());
            }
        };

        run(evaluator(), samples(1), 1, new CollectingSink(), listener, h -> {});

        assertThat(seen).startsWith("s0 e1").last().isEqualTo("done s0");
        assertThat(seen)
                .hasSize(1
                        + Runs.run(evaluator(), samples(1))
                                .traces()
                                .get(0)
                                .events()
                                .size());
    }

    @Test
    void keepsSampleOrderAndReportsProgressSequentially() {
        List<String> events = new ArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void started(int total) {
                events.add("started " + total);
            }

            @Override
            public void sampleDone(Evaluation evaluation, int done, int total) {
                events.add(
                        "done " + done + "/" + total + " " + evaluation.result().sampleId() + " "
                                + evaluation.trace().sampleId());
            }

            @Override
            public void finished(RunOutcome outcome) {
                events.add("finished " + outcome.summary().status() + " "
                        + outcome.summary().evaluated());
            }
        };
        CollectingSink sink = new CollectingSink();

        RunOutcome outcome = run(evaluator(), samples(20), 4, sink, listener, h -> {});

        assertThat(sink.results())
                .extracting(SampleResult::sampleId)
                .containsExactlyElementsOf(
                        IntStream.range(0, 20).mapToObj(i -> "s" + i).toList());
        assertThat(events).first().isEqualTo("started 20");
        assertThat(events)
                .contains("done 1/20 s0 s0", "done 20/20 s19 s19")
                .last()
                .isEqualTo("finished completed 20");
        assertThat(outcome.completed()).isTrue();
        assertThat(outcome.summary().notStarted()).isZero();
    }

    @Test
    void cancellingKeepsFinishedResultsAndCountsTheRest() {
        AtomicReference<RunHandle> handle = new AtomicReference<>();
        // The verifier itself cancels on the third sample, so with one thread the cut is exact.
        SampleEvaluator evaluator = withVerifier("test.cancel", (in, p) -> {
            if (in.response().equals("stop")) {
                handle.get().cancel();
            }
            return VerifierResult.pass("", List.of());
        });
        List<Sample> samples = IntStream.range(0, 10)
                .mapToObj(i -> SampleEvaluatorTest.sample("s" + i, List.of(i == 2 ? "stop" : "go"), List.of(), null))
                .toList();
        CollectingSink sink = new CollectingSink();

        RunOutcome outcome = run(evaluator, samples, 1, sink, RunListener.NONE, handle::set);

        assertThat(outcome.cancelled()).isTrue();
        assertThat(sink.results()).extracting(SampleResult::sampleId).containsExactly("s0", "s1", "s2");
        assertThat(outcome.summary().notStarted()).isEqualTo(7);
        assertThat(outcome.summary().notStartedSampleIds()).containsExactly("s3", "s4", "s5", "s6", "s7", "s8", "s9");
        assertThat(outcome.summary().samples()).isEqualTo(10);
        assertThat(outcome.summary().notes()).contains("7 samples were not evaluated: the run was cancelled");
    }

    @Test
    void cancelledBeforeStartRunsNothing() {
        CollectingSink sink = new CollectingSink();

        RunOutcome outcome = run(evaluator(), samples(5), 2, sink, RunListener.NONE, RunHandle::cancel);

        assertThat(sink.results()).isEmpty();
        assertThat(outcome.summary().notStarted()).isEqualTo(5);
        assertThat(outcome.summary().status()).isEqualTo(RunSummary.CANCELLED);
    }

    @Test
    void emptyRunFinishesImmediately() {
        RunOutcome outcome = run(evaluator(), List.of(), 3, new CollectingSink(), RunListener.NONE, h -> {});

        assertThat(outcome.summary().evaluated()).isZero();
        assertThat(outcome.completed()).isTrue();
    }

    @Test
    void aStackOverflowInOneVerifierIsAnUnscoredBudgetItemAndTheRunKeepsEverySample() {
        // What a user regex such as (a|b)*c does to the JDK matcher on a 100 KB response.
        SampleEvaluator evaluator = withVerifier("test.deep", (in, p) -> {
            if (in.response().equals("deep")) {
                throw new StackOverflowError();
            }
            return VerifierResult.pass("", List.of());
        });
        List<Sample> samples = IntStream.range(0, 4)
                .mapToObj(i -> SampleEvaluatorTest.sample("s" + i, List.of(i == 1 ? "deep" : "fine"), List.of(), null))
                .toList();

        Runs.Result r = Runs.run(evaluator, samples, 2, RunListener.NONE);

        assertThat(r.results()).extracting(SampleResult::sampleId).containsExactly("s0", "s1", "s2", "s3");
        assertThat(r.results().get(1).decision().reason())
                .isEqualTo(UnscoredReason.VERIFIER_BUDGET); // a spent stack is a resource bound (issue 8)
        assertThat(r.results().get(1).unjudged()).extracting(u -> u.item()).containsExactly("c");
        assertThat(r.results().get(0).decision().score()).isEqualTo(1.0);
    }

    @Test
    void aWorkerThatDiesWithAnErrorFailsTheRunInsteadOfHangingOrScoring() {
        SampleEvaluator evaluator = withVerifier("test.oom", (in, p) -> {
            if (in.response().equals("oom")) {
                throw new OutOfMemoryError("simulated");
            }
            return VerifierResult.pass("", List.of());
        });
        List<Sample> samples = IntStream.range(0, 30)
                .mapToObj(i -> SampleEvaluatorTest.sample("s" + i, List.of(i == 3 ? "oom" : "fine"), List.of(), null))
                .toList();

        RunOutcome outcome = run(evaluator, samples, 2, new CollectingSink(), RunListener.NONE, h -> {});

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.failure()).containsInstanceOf(OutOfMemoryError.class);
        assertThat(outcome.summary().evaluated())
                .as("nothing after the failure is counted as done")
                .isLessThan(30);
    }

    @Test
    void oneEvaluatorServesManyRunsOnOneInjectedExecutorAndStartRunsInTheBackground() throws Exception {
        SampleEvaluator evaluator = evaluator();
        ExecutorService coordinator = Executors.newSingleThreadExecutor();
        try {
            EvaluationService service = new EvaluationService(pool, coordinator);
            CollectingSink first = new CollectingSink();
            CollectingSink second = new CollectingSink();
            RunHandle a = service.start(
                    new RunRequest(evaluator, SampleSource.of(samples(6)), 2, first, Optional.empty()),
                    RunListener.NONE);
            RunHandle b = service.start(
                    new RunRequest(evaluator, SampleSource.of(samples(6)), 2, second, Optional.empty()),
                    RunListener.NONE);

            assertThat(a.completion().get(30, TimeUnit.SECONDS).completed()).isTrue();
            assertThat(b.await().completed()).isTrue();
            assertThat(first.results())
                    .extracting(r -> r.decision())
                    .containsExactlyElementsOf(second.results().stream()
                            .map(SampleResult::decision)
                            .toList());
        } finally {
            coordinator.shutdownNow();
        }
    }
}

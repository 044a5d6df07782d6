package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.testsupport.FakeVerifiers;
import io.skillstudio.evaluator.testsupport.Packages;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    static List<Sample> samples(int n) {
        return IntStream.range(0, n).mapToObj(i -> SampleEvaluatorTest.sample("s" + i,
                List.of(i % 2 == 0 ? "hello there friend" : "bye"), List.of(), null)).toList();
    }

    static SampleEvaluator evaluator() {
        return SampleEvaluatorTest.evaluator(SampleEvaluatorTest.CHECKLIST, EvalSettings.of(EvalMode.POINTWISE));
    }

    @Test
    void keepsSampleOrderAndReportsProgressSequentially() {
        List<String> events = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            public void started(int total) {
                events.add("started " + total);
            }

            public void sampleDone(SampleResult result, int done, int total) {
                events.add("done " + done + "/" + total);
            }

            public void finished(int done, int total, boolean cancelled) {
                events.add("finished " + done + "/" + total + " " + cancelled);
            }
        };

        RunReport report = new BatchRunner(evaluator(), 4).run(samples(20), listener, new CancelToken());

        assertThat(report.results()).extracting(SampleResult::sampleId)
                .containsExactlyElementsOf(IntStream.range(0, 20).mapToObj(i -> "s" + i).toList());
        assertThat(report.traces()).extracting(t -> t.sampleId()).first().isEqualTo("s0");
        assertThat(events).first().isEqualTo("started 20");
        assertThat(events).contains("done 1/20", "done 20/20").last().isEqualTo("finished 20/20 false");
        assertThat(report.cancelled()).isFalse();
        assertThat(report.notStarted()).isZero();
    }

    @Test
    void cancellingKeepsFinishedResultsAndSkipsTheRest() {
        CancelToken cancel = new CancelToken();
        // The verifier itself flips the token on the third sample, so with one thread the cut is exact.
        VerifierRegistry registry = VerifierRegistry.builder().add(FakeVerifiers.verifier("test.cancel", List.of(),
                (in, p) -> {
                    if (in.response().equals("stop")) {
                        cancel.cancel();
                    }
                    return VerifierResult.pass("", List.of());
                })).build();
        var pkg = Packages.withChecklist("rubrics/c.checklist.yaml", "items:\n  - id: c\n    verifier: test.cancel\n");
        SampleEvaluator evaluator = new SampleEvaluator(EvalSubject.of(pkg, Optional.empty()),
                EvalSettings.of(EvalMode.POINTWISE), registry, SampleEvaluatorTest.CLOCK);
        List<Sample> samples = IntStream.range(0, 10).mapToObj(i -> SampleEvaluatorTest.sample("s" + i,
                List.of(i == 2 ? "stop" : "go"), List.of(), null)).toList();

        RunReport report = new BatchRunner(evaluator, 1).run(samples, ProgressListener.NONE, cancel);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.results()).extracting(SampleResult::sampleId).containsExactly("s0", "s1", "s2");
        assertThat(report.notStarted()).isEqualTo(7);
    }

    @Test
    void cancelledBeforeStartRunsNothing() {
        CancelToken cancel = new CancelToken();
        cancel.cancel();

        RunReport report = new BatchRunner(evaluator(), 2).run(samples(5), ProgressListener.NONE, cancel);

        assertThat(report.results()).isEmpty();
        assertThat(report.notStarted()).isEqualTo(5);
    }

    @Test
    void emptyRunFinishesImmediately() {
        RunReport report = new BatchRunner(evaluator(), 3).run(List.of(), ProgressListener.NONE, new CancelToken());

        assertThat(report.results()).isEmpty();
        assertThat(report.cancelled()).isFalse();
    }

    @Test
    void aStackOverflowInOneVerifierIsAnUnscoredItemAndTheRunKeepsEverySample() {
        // What a user regex such as (a|b)*c does to the JDK matcher on a 100 KB response.
        VerifierRegistry registry = VerifierRegistry.builder().add(FakeVerifiers.verifier("test.deep", List.of(),
                (in, p) -> {
                    if (in.response().equals("deep")) {
                        throw new StackOverflowError();
                    }
                    return VerifierResult.pass("", List.of());
                })).build();
        var pkg = Packages.withChecklist("rubrics/c.checklist.yaml", "items:\n  - id: c\n    verifier: test.deep\n");
        SampleEvaluator evaluator = new SampleEvaluator(EvalSubject.of(pkg, Optional.empty()),
                EvalSettings.of(EvalMode.POINTWISE), registry, SampleEvaluatorTest.CLOCK);
        List<Sample> samples = IntStream.range(0, 4).mapToObj(i -> SampleEvaluatorTest.sample("s" + i,
                List.of(i == 1 ? "deep" : "fine"), List.of(), null)).toList();

        RunReport report = new BatchRunner(evaluator, 2).run(samples, ProgressListener.NONE, new CancelToken());

        assertThat(report.results()).extracting(SampleResult::sampleId).containsExactly("s0", "s1", "s2", "s3");
        // A spent stack is a resource bound like the regex step budget (issue 8), not a verifier bug.
        assertThat(report.results().get(1).decision().reason())
                .isEqualTo(io.skillstudio.evaluator.score.UnscoredReason.VERIFIER_BUDGET);
        assertThat(report.results().get(0).decision().score()).isEqualTo(1.0);
    }
}

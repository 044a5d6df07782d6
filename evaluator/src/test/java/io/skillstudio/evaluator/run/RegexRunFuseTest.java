package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.ifeval.IfevalChecker;
import io.skillstudio.evaluator.ifeval.IfevalEvaluator;
import io.skillstudio.evaluator.ifeval.IfevalInput;
import io.skillstudio.evaluator.python.RegexBudget;
import io.skillstudio.evaluator.python.RegexRunBudget;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.service.CollectingSink;
import io.skillstudio.evaluator.service.EvaluationService;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.service.RunOutcome;
import io.skillstudio.evaluator.service.RunRequest;
import io.skillstudio.evaluator.service.SampleSource;
import io.skillstudio.evaluator.testsupport.Packages;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: the per-run regex budget is a fuse. Once the run's samples together have spent it, the run
 * stops between samples like a cancel; what finished is kept and equals what any other run gives for
 * the same sample; the rest is listed as not started with the reason.
 */
class RegexRunFuseTest {

    /** A polynomial backtrack: a deterministic, sizeable number of character reads per response. */
    static final String CHECKLIST = """
            items:
              - id: slow
                verifier: constraint.regex_search
                params: {pattern: 'a*a*c'}
              - id: words
                verifier: constraint.word_count
                params: {min: 1}
            """;

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @TempDir
    Path tmp;

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    private static SampleEvaluator evaluator() {
        return new SampleEvaluator(
                EvalSubject.of(Packages.withChecklist("rubrics/t.checklist.yaml", CHECKLIST), Optional.empty()),
                EvalSettings.of(EvalMode.POINTWISE),
                VerifierRegistry.standard(),
                SampleEvaluatorTest.CLOCK);
    }

    private static List<Sample> samples(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> SampleEvaluatorTest.sample(
                        "s" + i, List.of("a".repeat(100 + 2 * i) + (i % 3 == 0 ? " c" : " b")), List.of(), null))
                .toList();
    }

    private RunOutcome run(List<Sample> samples, int threads, CollectingSink sink, RegexRunBudget fuse) {
        RunRequest request =
                new RunRequest(evaluator(), SampleSource.of(samples), threads, sink, Optional.empty(), fuse);
        return new EvaluationService(pool, Runnable::run).run(request, RunListener.NONE, h -> {});
    }

    private static Map<String, String> decisions(CollectingSink sink) {
        return sink.results().stream()
                .filter(r -> r.decision().reason() == null)
                .collect(Collectors.toMap(
                        SampleResult::sampleId, r -> r.decision().toString()));
    }

    @Test
    void aSpentFuseStopsTheRunBetweenSamplesAndKeepsWhatFinished() {
        RegexRunBudget probe = new RegexRunBudget(Long.MAX_VALUE);
        run(samples(1), 1, new CollectingSink(), probe);
        long perSample = probe.spent();
        assertThat(perSample).isBetween(10_000L, RegexBudget.PER_MATCH);

        CollectingSink sink = new CollectingSink();
        RegexRunBudget fuse = new RegexRunBudget(perSample * 5 / 2);
        RunOutcome outcome = run(samples(10), 1, sink, fuse);

        assertThat(fuse.exhausted()).isTrue();
        assertThat(outcome.cancelled()).isTrue();
        assertThat(sink.results()).extracting(SampleResult::sampleId).containsExactly("s0", "s1", "s2");
        assertThat(outcome.summary().notStartedSampleIds()).containsExactly("s3", "s4", "s5", "s6", "s7", "s8", "s9");
        assertThat(outcome.summary().notes())
                .anySatisfy(n -> assertThat(n)
                        .startsWith("stopped: the run's regex budget of " + perSample * 5 / 2
                                + " character reads was spent"));
    }

    @Test
    void whatFinishedUnderTheFuseEqualsAnUnlimitedRunWhateverTheThreads() {
        CollectingSink full = new CollectingSink();
        assertThat(run(samples(24), 4, full, RegexRunBudget.UNLIMITED).completed())
                .isTrue();
        Map<String, String> expected = decisions(full);
        assertThat(expected).hasSize(24);

        RegexRunBudget probe = new RegexRunBudget(Long.MAX_VALUE);
        run(samples(1), 1, new CollectingSink(), probe);
        for (int round = 0; round < 3; round++) {
            CollectingSink sink = new CollectingSink();
            RunOutcome outcome = run(samples(24), 4, sink, new RegexRunBudget(probe.spent() * 6));
            assertThat(outcome.cancelled()).isTrue();
            // Samples running when the fuse blew end cancelled (not a score); every score written is the
            // unlimited run's score for that sample.
            assertThat(sink.results()).allSatisfy(r -> {
                if (r.decision().reason() != null) {
                    assertThat(r.decision().reason()).isEqualTo(UnscoredReason.CANCELLED);
                } else {
                    assertThat(r.decision().toString()).isEqualTo(expected.get(r.sampleId()));
                }
            });
            assertThat(sink.results().size() + outcome.summary().notStarted()).isEqualTo(24);
            assertThat(outcome.summary().notStarted()).isPositive();
        }
    }

    @Test
    void ifevalRowsAfterTheFuseAreNotRunAndTheReportSaysWhy() throws Exception {
        List<IfevalInput> inputs = IntStream.range(0, 40)
                .mapToObj(k -> new IfevalInput(
                        k,
                        "p" + k,
                        List.of("keywords:existence"),
                        List.of(Map.<String, Object>of("keywords", List.of("a*a*c")))))
                .toList();
        Map<String, String> responses = new HashMap<>();
        inputs.forEach(in -> responses.put(in.prompt(), "a".repeat(150)));
        IfevalChecker checker = new IfevalChecker(new IfevalEvaluator());

        IfevalChecker.Report all = checker.run(inputs, responses, Files.createDirectories(tmp.resolve("all")));
        assertThat(all.stopped()).isEmpty();
        assertThat(all.strict().prompts()).isEqualTo(40);

        RegexRunBudget fuse = new RegexRunBudget(1_000_000);
        IfevalChecker.Report cut = checker.run(inputs, responses, Files.createDirectories(tmp.resolve("cut")), fuse);
        assertThat(cut.stopped()).get().asString().contains("regex budget of 1000000 character reads was spent");
        assertThat(cut.strict().prompts()).isPositive().isLessThan(40);
        assertThat(cut.problems())
                .hasSize(40 - cut.strict().prompts())
                .allSatisfy(p -> assertThat(p).contains("not run, the run's regex budget was spent"));
        // Every row written is the row the unlimited run wrote.
        List<String> allRows = Files.readAllLines(tmp.resolve("all").resolve(IfevalChecker.STRICT_FILE));
        assertThat(allRows).containsAll(Files.readAllLines(tmp.resolve("cut").resolve(IfevalChecker.STRICT_FILE)));
    }
}

package io.skillstudio.evaluator.service;

import io.skillstudio.evaluator.output.RunOutput;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.testsupport.FakeVerifiers;
import io.skillstudio.evaluator.testsupport.Packages;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A child JVM for {@link LargeRunProcessTest}: runs the service on a sample file into an output folder,
 * as {@code eval} does, with a small heap. Arguments: samples, out, {@code fast} or {@code slow} (1 ms per
 * sample, so the parent can kill it mid-write). Exit 0 when the run completed and was published.
 */
public final class LargeRunChild {

    private LargeRunChild() {}

    public static void main(String[] args) throws Exception {
        boolean slow = args[2].equals("slow");
        VerifierRegistry registry = VerifierRegistry.builder()
                .add(FakeVerifiers.verifier("test.contains", List.of(), (in, p) -> {
                    if (slow) {
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return in.response().contains("e")
                            ? VerifierResult.pass("has e", List.of())
                            : VerifierResult.fail("no e", List.of());
                }))
                .build();
        var pkg =
                Packages.withChecklist("rubrics/c.checklist.yaml", "items:\n  - id: c\n    verifier: test.contains\n");
        SampleEvaluator evaluator = new SampleEvaluator(
                EvalSubject.of(pkg, Optional.empty()),
                EvalSettings.of(EvalMode.POINTWISE).withThreads(2),
                registry,
                Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int code;
        try (RunOutput out = RunOutput.open(Path.of(args[1]))) {
            RunOutcome outcome = new EvaluationService(pool, Runnable::run)
                    .run(
                            new RunRequest(
                                    evaluator, SampleSource.jsonl(Path.of(args[0])), 2, out::write, Optional.empty()),
                            RunListener.NONE);
            if (outcome.completed()) {
                out.publish(outcome.summary());
                code = 0;
            } else {
                code = 3;
            }
        } finally {
            pool.shutdownNow();
        }
        System.exit(code);
    }
}

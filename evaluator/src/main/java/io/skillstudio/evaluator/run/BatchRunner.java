package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.Trace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates many samples with at most {@code threads} at a time. The calling thread collects results
 * and calls the listener, so listener calls are sequential. Cancellation is checked before each sample
 * starts: running samples finish, later ones are skipped, and the finished results are kept.
 */
public final class BatchRunner {

    private final SampleEvaluator evaluator;
    private final int threads;

    public BatchRunner(SampleEvaluator evaluator) {
        this(evaluator, evaluator.settings().threads());
    }

    public BatchRunner(SampleEvaluator evaluator, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.evaluator = evaluator;
        this.threads = threads;
    }

    private record Indexed(int index, Optional<Evaluation> evaluation) {}

    public RunReport run(List<Sample> samples, ProgressListener listener, CancelToken cancel) {
        long t0 = System.nanoTime();
        int total = samples.size();
        listener.started(total);
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, total)), r -> {
            Thread t = new Thread(r, "skillstudio-eval-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Indexed> done = new ArrayList<>();
        try {
            CompletionService<Indexed> cs = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < total; i++) {
                int index = i;
                cs.submit(() -> new Indexed(index, cancel.isCancelled()
                        ? Optional.empty()
                        : Optional.of(evaluateSafely(samples.get(index)))));
            }
            int finished = 0;
            for (int i = 0; i < total; i++) {
                Indexed r = cs.take().get();
                if (r.evaluation().isPresent()) {
                    done.add(r);
                    listener.sampleDone(r.evaluation().get().result(), ++finished, total);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        done.sort(Comparator.comparingInt(Indexed::index));
        List<SampleResult> results = done.stream().map(d -> d.evaluation().orElseThrow().result()).toList();
        List<Trace> traces = done.stream().map(d -> d.evaluation().orElseThrow().trace()).toList();
        boolean cancelled = cancel.isCancelled() && results.size() < total;
        listener.finished(results.size(), total, cancelled);
        return new RunReport(results, traces, cancelled, total - results.size(), (System.nanoTime() - t0) / 1e6);
    }

    // The evaluator handles verifier failures itself; this guards against bugs so one sample cannot sink a run.
    private Evaluation evaluateSafely(Sample sample) {
        try {
            return evaluator.evaluate(sample);
        } catch (RuntimeException | StackOverflowError e) {
            // StackOverflowError is recoverable once unwound (deep regex/JSON recursion on one sample);
            // letting it escape would fail the whole run and lose every finished result.
            Decision d = Decision.unscored(UnscoredReason.VERIFIER_ERROR, "internal error: " + e);
            SampleResult r = new SampleResult(sample.id(), sample.line(), evaluator.settings().mode(), d, List.of(),
                    null, null, null, 0, evaluator.provenance());
            return new Evaluation(r, Trace.of(sample.id(), evaluator.provenance(), List.of()));
        }
    }
}
